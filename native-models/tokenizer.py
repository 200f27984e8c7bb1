"""Python twin of common/model/tokenizer.ts (golden/tokens.json pins both to the same ids)."""

import re

PAD_ID, UNK_ID = 0, 1
MAX_TOKENS = 32
MIN_PIECE_LETTERS = 2
MAX_PIECES = 3


def tokenize(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def pieces(word, index):
    """An unknown word written as known words run together ("onto" -> on, to), fewest pieces first,
    then the longest first piece; otherwise the word itself (Vocabulary.pieces in TypeScript)."""
    if word in index or not re.fullmatch(r"[a-z]+", word):
        return [word]
    for count in range(2, MAX_PIECES + 1):
        found = _split_into(word, count, index)
        if found:
            return found
    return [word]


def _split_into(word, count, index):
    if count == 1:
        return [word] if len(word) >= MIN_PIECE_LETTERS and word in index else None
    for end in range(len(word) - MIN_PIECE_LETTERS * (count - 1), MIN_PIECE_LETTERS - 1, -1):
        if word[:end] not in index:
            continue
        rest = _split_into(word[end:], count - 1, index)
        if rest:
            return [word[:end], *rest]
    return None


def encode(text, vocabulary):
    index = {w: i for i, w in enumerate(vocabulary)}
    words = [piece for word in tokenize(text) for piece in pieces(word, index)][:MAX_TOKENS]
    ids = [index.get(w, UNK_ID) for w in words] + [PAD_ID] * (MAX_TOKENS - len(words))
    mask = [1.0] * len(words) + [0.0] * (MAX_TOKENS - len(words))
    return words, ids, mask
