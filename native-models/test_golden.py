"""Golden vectors, Python side: the tokenizer twin, the split reader and the committed model.

  /usr/bin/python3 -m unittest discover -s native-models -p 'test_*.py'
"""

import hashlib
import json
import os
import sys
import unittest

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from dataset import assemble, load_split  # noqa: E402
from spatial_model import INPUT_NAMES, OUTPUT_NAMES  # noqa: E402
from tokenizer import encode, pieces  # noqa: E402

GOLDEN = os.path.join(HERE, "golden")
MODEL = os.path.join(HERE, "model")


class GoldenTokens(unittest.TestCase):
    def test_tokenizer_matches_typescript(self):
        with open(os.path.join(GOLDEN, "tokens.json"), encoding="utf-8") as f:
            golden = json.load(f)
        for case in golden["cases"]:
            words, ids, mask = encode(case["text"], golden["vocabulary"])
            self.assertEqual(words, case["words"], case["text"])
            self.assertEqual(ids, case["ids"], case["text"])
            self.assertEqual(mask, case["mask"], case["text"])

    def test_compounds_split_as_in_typescript(self):
        # The cases of features.test.ts 'reads an unknown compound as the known words ...'.
        index = {w: i for i, w in enumerate(["<pad>", "<unk>", "on", "to", "bed", "side", "table", "tab", "let",
                                             "top", "a"])}
        self.assertEqual(pieces("onto", index), ["on", "to"])
        self.assertEqual(pieces("tabletop", index), ["table", "top"])
        self.assertEqual(pieces("ontotop", index), ["on", "to", "top"])
        for whole in ("table", "aside", "ontoontoon", "15"):
            self.assertEqual(pieces(whole, index), [whole])


class GoldenSplit(unittest.TestCase):
    def test_assembled_batches_equal_runtime_features(self):
        split = load_split(os.path.join(GOLDEN, "split"))
        with open(os.path.join(GOLDEN, "cases.json"), encoding="utf-8") as f:
            cases = json.load(f)["cases"]
        self.assertEqual(len(split["sample_scene"]), len(cases))
        for k in range(len(cases)):
            got = assemble(split, [k])
            for name in INPUT_NAMES:
                want = np.load(os.path.join(GOLDEN, f"inputs-{k}", f"{name}.npy"))
                self.assertEqual(got[name].dtype, want.dtype, f"case {k} {name} dtype")
                self.assertEqual(got[name].shape, want.shape, f"case {k} {name} shape")
                self.assertTrue(np.array_equal(got[name], want), f"case {k} {name} differs")


@unittest.skipUnless(os.path.exists(os.path.join(MODEL, "spatial-model.pt")), "no trained model committed")
class CommittedModel(unittest.TestCase):
    def setUp(self):
        from export import load

        torch.set_num_threads(2)
        self.model, self.saved = load(os.path.join(MODEL, "spatial-model.pt"))
        with open(os.path.join(MODEL, "spatial-model.manifest.json"), encoding="utf-8") as f:
            self.manifest = json.load(f)

    def test_manifest_names_the_onnx_file_by_hash(self):
        with open(os.path.join(MODEL, self.manifest["file"]), "rb") as f:
            self.assertEqual(hashlib.sha256(f.read()).hexdigest(), self.manifest["sha256"])
        self.assertEqual(self.manifest["vocabulary"], self.saved["meta"]["vocabulary"])

    def test_pytorch_reproduces_the_parity_outputs(self):
        with open(os.path.join(MODEL, "parity.json"), encoding="utf-8") as f:
            parity = json.load(f)
        inputs = []
        for name in INPUT_NAMES:
            spec = parity["inputs"][name]
            dtype = torch.int32 if name in ("obj_label", "tokens") else torch.float32
            inputs.append(torch.tensor(spec["data"], dtype=dtype).reshape(spec["shape"]))
        with torch.no_grad():
            outputs = self.model(*inputs)
        for name, out in zip(OUTPUT_NAMES, outputs):
            want = torch.tensor(parity["outputs"][name]["data"]).reshape(parity["outputs"][name]["shape"])
            self.assertLessEqual(float((out - want).abs().max()), 1e-5, name)


if __name__ == "__main__":
    unittest.main()
