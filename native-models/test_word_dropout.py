"""Word dropout hides only the words no referent links to, never numbers or padding."""

import os
import sys
import unittest

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dataset import load_split, scene_batch  # noqa: E402
from tokenizer import PAD_ID, UNK_ID  # noqa: E402

SPLIT = os.path.join(HERE, "golden", "split")


class WordDropout(unittest.TestCase):
    def batch(self, p):
        data = load_split(SPLIT)
        rows = np.arange(len(data["sample_scene"]))
        scenes = np.unique(data["sample_scene"])
        plain = scene_batch(data, scenes, rows)
        dropped = scene_batch(data, scenes, rows, np.random.default_rng(0), word_dropout=p)
        return data["meta"]["vocabulary"], plain, dropped

    def test_hides_every_unlinked_word_at_p_one_and_nothing_else(self):
        vocabulary, plain, dropped = self.batch(1.0)
        before, after = plain["tokens"], dropped["tokens"]
        linked = plain["obj_text"].sum(1) > 0
        words = plain["token_mask"] > 0
        for b in range(before.shape[0]):
            for k in range(before.shape[1]):
                word = vocabulary[int(before[b, k])]
                keep = not words[b, k] or linked[b, k] or word.isdigit() or int(before[b, k]) <= UNK_ID
                want = int(before[b, k]) if keep else UNK_ID
                self.assertEqual(int(after[b, k]), want, f"sample {b} word {k} ({word})")
        self.assertTrue((after != before).any())  # the golden texts have unlinked words
        self.assertTrue((after[~words] == PAD_ID).all())

    def test_off_by_default(self):
        _, plain, dropped = self.batch(0.0)
        self.assertTrue((plain["tokens"] == dropped["tokens"]).all())


if __name__ == "__main__":
    unittest.main()
