//! Streams: documents from any iterator, extracted in parallel chunks, results in input order,
//! with memory bounded by two chunks whatever the length of the stream.

use std::collections::VecDeque;
use std::fmt;
use std::iter::FusedIterator;
use std::sync::Arc;
#[cfg(feature = "parallel")]
use std::sync::Mutex;
#[cfg(feature = "parallel")]
use std::thread::JoinHandle;

use crate::extractor::Extractor;
use crate::pipeline::{Document, DocumentClaims};

/// Items per chunk unless [`ExtractStream::chunk_size`] says otherwise.
pub const DEFAULT_CHUNK_SIZE: usize = 256;
/// Bytes per chunk (as [`ExtractStream::weigh`] counts them) unless
/// [`ExtractStream::chunk_bytes`] says otherwise.
pub const DEFAULT_CHUNK_BYTES: usize = 16 << 20;

/// The function a stream applies to each item.
type Work<T, R> = Arc<dyn Fn(&Extractor, T) -> R + Send + Sync>;

/// An iterator over the results of a stream of documents, in input order: what
/// [`Extractor::extract_stream`] and [`Extractor::stream_map`] return.
///
/// It pulls items from the input iterator in chunks ([`DEFAULT_CHUNK_SIZE`] items, or fewer once
/// they reach [`DEFAULT_CHUNK_BYTES`]), and hands each chunk to a helper thread that spreads it
/// over the rayon pool while the caller reads the next chunk and consumes the results of the
/// previous one. So at most two chunks are held at once, however long the stream: a million
/// documents need the memory of 512 (two chunks of 256). The input iterator itself is only ever called
/// from the thread that drives the stream, so it need not be `Send` (a locked standard input
/// will do).
///
/// Threads: by default the chunks run on rayon's global pool (all cores); [`threads`]`(n)` gives
/// the stream a pool of its own, and `threads(1)` (or building without the `parallel` feature)
/// runs every item on the calling thread, one at a time, with no read-ahead. The results are the
/// same either way. A panic in the work is resumed on the calling thread.
///
/// [`threads`]: ExtractStream::threads
#[must_use = "a stream does nothing until it is iterated"]
pub struct ExtractStream<I: Iterator, R> {
    ex: Extractor,
    /// `None` once the input has ended.
    input: Option<I>,
    work: Work<I::Item, R>,
    weigh: fn(&I::Item) -> usize,
    chunk_size: usize,
    chunk_bytes: usize,
    threads: Option<usize>,
    #[cfg(feature = "parallel")]
    pool: Option<Arc<rayon::ThreadPool>>,
    /// Results of the last chunk, not yet returned.
    ready: VecDeque<R>,
    /// The chunk being extracted.
    pending: Option<Pending<R>>,
}

impl Extractor {
    /// The claims of every document `docs` yields, in input order, extracted in parallel chunks
    /// with bounded memory (see [`ExtractStream`]). `docs` may be any iterator: lines of a file
    /// parsed as they are read, rows of a database cursor, a channel's receiver.
    ///
    /// ```
    /// use policy_claims::{Document, Extractor};
    ///
    /// let ex = Extractor::new();
    /// let docs = (0..1_000).map(|k| Document::new(k, format!("Exports reached ${} million.", k + 1)));
    /// let mut n = 0;
    /// for (k, out) in ex.extract_stream(docs).enumerate() {
    ///     assert_eq!(out.id.to_string(), k.to_string()); // input order
    ///     n += out.claims.len();
    /// }
    /// assert_eq!(n, 1_000);
    /// ```
    ///
    /// Each result is what [`Extractor::extract_document`] returns for the document. To keep the
    /// document (for its text, to show context or convert offsets) or to carry errors along in
    /// order, use [`Extractor::stream_map`].
    pub fn extract_stream<I>(&self, docs: I) -> ExtractStream<I::IntoIter, DocumentClaims>
    where
        I: IntoIterator<Item = Document>,
    {
        self.stream_map(docs, |ex, doc: Document| ex.extract_document(&doc)).weigh(|doc| doc.text.len())
    }

    /// `work(extractor, item)` for every item of `items`, in parallel chunks, results in input
    /// order, with bounded memory (see [`ExtractStream`]): the general form of
    /// [`Extractor::extract_stream`]. Items can be anything sent between threads: documents,
    /// raw lines to parse in parallel, `Result`s whose errors pass through in their place.
    ///
    /// ```
    /// use policy_claims::{CharOffsets, Document, Extractor};
    ///
    /// let lines = ["Nearly 300,000 people arrived.", "", "Prices rose 4 percent."];
    /// let docs = lines.into_iter().enumerate().map(|(k, text)| match text {
    ///     "" => Err(format!("line {}: empty", k + 1)),
    ///     text => Ok(Document::new(k as u64, text)),
    /// });
    /// let ex = Extractor::new();
    /// let out: Vec<Result<String, String>> = ex
    ///     .stream_map(docs, |ex, doc| {
    ///         let doc = doc?;
    ///         let mut claims = ex.extract_document(&doc).claims;
    ///         let offsets = CharOffsets::new(&doc.text);
    ///         claims.iter_mut().for_each(|c| offsets.convert_claim(c));
    ///         Ok(claims.iter().map(|c| c.text.clone()).collect::<Vec<_>>().join("; "))
    ///     })
    ///     .weigh(|doc| doc.as_ref().map_or(0, |d| d.text.len()))
    ///     .collect();
    /// assert_eq!(out, [Ok("300,000".into()), Err("line 2: empty".into()), Ok("4 percent".into())]);
    /// ```
    pub fn stream_map<I, R, F>(&self, items: I, work: F) -> ExtractStream<I::IntoIter, R>
    where
        I: IntoIterator,
        I::Item: Send + 'static,
        R: Send + 'static,
        F: Fn(&Extractor, I::Item) -> R + Send + Sync + 'static,
    {
        ExtractStream {
            ex: self.clone(),
            input: Some(items.into_iter()),
            work: Arc::new(work),
            weigh: |_| 0,
            chunk_size: DEFAULT_CHUNK_SIZE,
            chunk_bytes: DEFAULT_CHUNK_BYTES,
            threads: None,
            #[cfg(feature = "parallel")]
            pool: None,
            ready: VecDeque::new(),
            pending: None,
        }
    }
}

impl<I, R> ExtractStream<I, R>
where
    I: Iterator,
    I::Item: Send + 'static,
    R: Send + 'static,
{
    /// Items per chunk (at least 1; default [`DEFAULT_CHUNK_SIZE`]). Larger chunks keep the
    /// threads busier on uneven documents; smaller ones hold less in memory and return the first
    /// results sooner.
    pub fn chunk_size(mut self, items: usize) -> Self {
        self.chunk_size = items.max(1);
        self
    }

    /// A chunk is also cut once its items weigh this many bytes (default
    /// [`DEFAULT_CHUNK_BYTES`]), so a run of huge documents does not fill memory.
    pub fn chunk_bytes(mut self, bytes: usize) -> Self {
        self.chunk_bytes = bytes.max(1);
        self
    }

    /// How many bytes an item weighs, for [`chunk_bytes`](ExtractStream::chunk_bytes): the text's
    /// length for [`Extractor::extract_stream`]; nothing, unless set, for
    /// [`Extractor::stream_map`].
    pub fn weigh(mut self, weigh: fn(&I::Item) -> usize) -> Self {
        self.weigh = weigh;
        self
    }

    /// Runs the chunks on a pool of `n` threads of the stream's own instead of rayon's global
    /// pool; `1` runs every item on the calling thread. Without the `parallel` feature everything
    /// runs on the calling thread whatever `n` is.
    pub fn threads(mut self, n: usize) -> Self {
        self.threads = Some(n.max(1));
        self
    }

    /// Whether items are extracted on other threads (else one by one on the calling thread).
    pub fn is_parallel(&self) -> bool {
        cfg!(feature = "parallel") && self.threads != Some(1)
    }

    /// The next chunk of input; empty once the input has ended.
    fn read_chunk(&mut self) -> Vec<I::Item> {
        let mut chunk = Vec::new();
        let mut bytes = 0;
        while chunk.len() < self.chunk_size && bytes < self.chunk_bytes {
            match self.input.as_mut().and_then(Iterator::next) {
                Some(item) => {
                    bytes += (self.weigh)(&item);
                    chunk.push(item);
                }
                None => {
                    self.input = None;
                    break;
                }
            }
        }
        chunk
    }

    /// Starts extracting `chunk` on a helper thread (on the calling thread if none can start).
    #[cfg(feature = "parallel")]
    fn spawn(&mut self, chunk: Vec<I::Item>) -> Pending<R> {
        if self.pool.is_none() {
            if let Some(n) = self.threads {
                self.pool = rayon::ThreadPoolBuilder::new().num_threads(n).build().ok().map(Arc::new);
            }
        }
        // The chunk is shared with the thread so that it is still here if no thread can start.
        let job = Arc::new(Mutex::new(Some(chunk)));
        let take = |job: &Mutex<Option<Vec<I::Item>>>| job.lock().ok().and_then(|mut j| j.take()).unwrap_or_default();
        let (ex, work, pool) = (self.ex.clone(), Arc::clone(&self.work), self.pool.clone());
        let shared = Arc::clone(&job);
        let spawned = std::thread::Builder::new()
            .name("policy-claims-stream".into())
            .spawn(move || extract_chunk(&ex, &work, pool.as_deref(), take(&shared)));
        match spawned {
            Ok(handle) => Pending::Thread(handle),
            Err(_) => Pending::Done(extract_chunk(&self.ex, &self.work, self.pool.as_deref(), take(&job))),
        }
    }

    #[cfg(not(feature = "parallel"))]
    fn spawn(&mut self, chunk: Vec<I::Item>) -> Pending<R> {
        Pending::Done(chunk.into_iter().map(|item| (self.work)(&self.ex, item)).collect())
    }
}

/// A chunk being extracted on a helper thread, or already done.
enum Pending<R> {
    #[cfg(feature = "parallel")]
    Thread(JoinHandle<Vec<R>>),
    Done(Vec<R>),
}

impl<R> Pending<R> {
    /// The chunk's results; a panic in the work is resumed here.
    fn wait(self) -> Vec<R> {
        match self {
            #[cfg(feature = "parallel")]
            Pending::Thread(h) => h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)),
            Pending::Done(results) => results,
        }
    }
}

/// `work` over `chunk` on `pool` (rayon's global pool if `None`), results in order.
#[cfg(feature = "parallel")]
fn extract_chunk<T: Send, R: Send>(
    ex: &Extractor,
    work: &Work<T, R>,
    pool: Option<&rayon::ThreadPool>,
    chunk: Vec<T>,
) -> Vec<R> {
    use rayon::prelude::*;
    let map = || chunk.into_par_iter().map(|item| work(ex, item)).collect();
    match pool {
        Some(pool) => pool.install(map),
        None => map(),
    }
}

impl<I, R> Iterator for ExtractStream<I, R>
where
    I: Iterator,
    I::Item: Send + 'static,
    R: Send + 'static,
{
    type Item = R;

    fn next(&mut self) -> Option<R> {
        if !self.is_parallel() {
            let item = self.input.as_mut()?.next();
            if item.is_none() {
                self.input = None;
            }
            return item.map(|item| (self.work)(&self.ex, item));
        }
        loop {
            if let Some(r) = self.ready.pop_front() {
                return Some(r);
            }
            // Read the next chunk while the pending one is extracted, then wait for that one.
            let next = self.read_chunk();
            let done = self.pending.take().map(Pending::wait);
            if !next.is_empty() {
                self.pending = Some(self.spawn(next));
            }
            match done {
                Some(results) => self.ready.extend(results),
                None if self.pending.is_none() => return None,
                None => {}
            }
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let (_, high) = self.input.as_ref().map_or((0, Some(0)), Iterator::size_hint);
        // Items in the pending chunk are not counted: the bounds stay bounds without them only
        // when nothing is pending.
        match self.pending {
            None => (self.ready.len(), high.and_then(|h| h.checked_add(self.ready.len()))),
            Some(_) => (self.ready.len(), None),
        }
    }
}

impl<I, R> FusedIterator for ExtractStream<I, R>
where
    I: Iterator,
    I::Item: Send + 'static,
    R: Send + 'static,
{
}

impl<I: Iterator, R> fmt::Debug for ExtractStream<I, R> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ExtractStream")
            .field("extractor", &self.ex)
            .field("chunk_size", &self.chunk_size)
            .field("chunk_bytes", &self.chunk_bytes)
            .field("threads", &self.threads)
            .field("input_ended", &self.input.is_none())
            .field("ready", &self.ready.len())
            .field("pending", &self.pending.is_some())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn docs(n: usize) -> impl Iterator<Item = Document> {
        (0..n).map(|k| Document::new(k as u64, format!("About {} refugees arrived; prices rose {k} percent.", k + 1)))
    }

    #[test]
    fn results_come_in_input_order_whatever_the_threads() {
        let ex = Extractor::new();
        let want: Vec<DocumentClaims> = docs(700).map(|d| ex.extract_document(&d)).collect();
        for threads in [None, Some(1), Some(2), Some(3)] {
            for chunk in [1, 7, 256, 1000] {
                let mut s = ex.extract_stream(docs(700)).chunk_size(chunk);
                if let Some(n) = threads {
                    s = s.threads(n);
                }
                let got: Vec<DocumentClaims> = s.collect();
                assert_eq!(got, want, "threads {threads:?}, chunk {chunk}");
            }
        }
        assert_eq!(ex.extract_stream(std::iter::empty()).count(), 0);
    }

    #[test]
    fn reads_at_most_two_chunks_ahead() {
        // The input counts what has been pulled from it; the consumer checks the lead.
        let pulled = Arc::new(AtomicUsize::new(0));
        let counter = Arc::clone(&pulled);
        let input = docs(2_000).inspect(move |_| {
            counter.fetch_add(1, Ordering::Relaxed);
        });
        let ex = Extractor::new();
        let mut stream = ex.extract_stream(input).chunk_size(50).threads(2);
        for consumed in 1..=2_000 {
            assert!(stream.next().is_some());
            let ahead = pulled.load(Ordering::Relaxed) - consumed;
            assert!(ahead < 2 * 50, "{ahead} documents read ahead after {consumed}");
        }
        assert!(stream.next().is_none() && stream.next().is_none());
    }

    #[test]
    fn chunks_are_cut_by_weight() {
        let ex = Extractor::new();
        let mut s = ex.extract_stream(docs(10)).chunk_bytes(1).threads(2);
        assert_eq!(s.read_chunk().len(), 1);
        assert_eq!(s.by_ref().count(), 9);
    }

    #[test]
    fn a_panic_in_the_work_reaches_the_caller() {
        let ex = Extractor::new();
        let stream =
            ex.stream_map(0..10, |_, k: i32| if k == 7 { panic!("item 7") } else { k }).chunk_size(3).threads(2);
        let err = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| stream.count())).unwrap_err();
        assert_eq!(err.downcast_ref::<&str>(), Some(&"item 7"));
    }
}
