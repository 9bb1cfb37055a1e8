"""Type stubs for whosaid (see the module docstring and each function's)."""

from typing import Any, Iterable, List, NamedTuple, Optional, Tuple, TypedDict, Union

import pyarrow

__version__: str
LANGUAGES: List[str]
PIECE_JOINER: str
ROW_COLUMNS: Tuple[Tuple[str, str], ...]
STATUS_COLUMNS: Tuple[Tuple[str, str], ...]

Span = List[int]  # [start, end) in code points: Python string indices

class AttributionRecord(TypedDict, total=False):
    cue: Optional[Span]
    source: Optional[Span]
    content: List[Span]
    kind: str  # "direct" | "indirect" | "mixed"
    entity: Span  # present only when the source is not itself the best name
    confidence: float
    source_text: Optional[str]
    cue_text: Optional[str]
    content_text: List[str]
    speaker: Optional[int]  # index into the record's speakers

class SpeakerRecord(TypedDict):
    name: str
    kind: str  # "person" | "anonymous" | "organisation" | "document" | "unknown"
    role: Optional[str]
    mentions: List[Span]
    attributions: List[int]

class Record(TypedDict, total=False):
    id: str
    lang: str
    note: str  # present only when whosaid does not read `lang` yet, or "auto" could not tell (read as English)
    attributions: List[AttributionRecord]
    speakers: List[SpeakerRecord]

def analyze(text: str, *, lang: str = "auto", id: str = "") -> Record: ...
def analyze_json(text: str, *, lang: str = "auto", id: str = "") -> str: ...
def analyze_many(texts: Iterable[str], *, threads: Optional[int] = None, lang: str = "auto") -> List[Record]: ...
def analyze_many_json(texts: Iterable[str], *, threads: Optional[int] = None, lang: str = "auto") -> List[str]: ...

class Tables(NamedTuple):
    attributions: pyarrow.RecordBatch
    status: pyarrow.RecordBatch

def attribution_tables(
    data: Union[pyarrow.RecordBatch, pyarrow.Table],
    *,
    text: str = "text",
    id: Optional[str] = "id",
    lang: str = "auto",
    threads: Optional[int] = None,
) -> Tables: ...
def attributions_arrow(
    data: Union[pyarrow.RecordBatch, pyarrow.Table],
    *,
    text: str = "text",
    id: Optional[str] = "id",
    lang: str = "auto",
    threads: Optional[int] = None,
) -> pyarrow.RecordBatch: ...
def _tables(texts: List[Optional[str]], lang: str, threads: Optional[int]) -> Tuple[dict, dict]: ...
def _array(pa: Any, spec: Any) -> Any: ...
