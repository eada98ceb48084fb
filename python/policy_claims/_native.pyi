"""Type stubs of the compiled module (python/src/lib.rs). Use the public API in
``policy_claims`` instead: it checks arguments and converts inputs to Arrow."""

from typing import Any, Dict, List, Optional, Sequence

import pyarrow

__version__: str

class Core:
    def __new__(
        cls,
        reference_date: Optional[str] = None,
        keep_non_claims: bool = False,
        jurisdiction: Optional[str] = None,
    ) -> "Core": ...
    def claims(self, text: str) -> List[Dict[str, Any]]: ...
    def mentions(self, text: str) -> List[Dict[str, Any]]: ...
    def times(self, text: str) -> List[Dict[str, Any]]: ...
    def reference(self, text: str) -> Dict[str, Any]: ...
    def batch(
        self,
        texts: Sequence[pyarrow.Array],
        reference_dates: Optional[pyarrow.Array] = None,
        lists: bool = False,
        threads: Optional[int] = None,
    ) -> pyarrow.RecordBatchReader: ...

def schema(lists: bool = False) -> pyarrow.Schema: ...
def claim_type() -> pyarrow.DataType: ...
def jurisdictions() -> List[str]: ...
