"""Python twin of common/model/tokenizer.ts (golden/tokens.json pins both to the same ids)."""

import re

PAD_ID, UNK_ID = 0, 1
MAX_TOKENS = 32


def tokenize(text):
    return re.findall(r"[a-z0-9]+", text.lower())


def encode(text, vocabulary):
    index = {w: i for i, w in enumerate(vocabulary)}
    words = tokenize(text)[:MAX_TOKENS]
    ids = [index.get(w, UNK_ID) for w in words] + [PAD_ID] * (MAX_TOKENS - len(words))
    mask = [1.0] * len(words) + [0.0] * (MAX_TOKENS - len(words))
    return words, ids, mask
