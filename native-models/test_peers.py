"""`peer_sizes`: what "the big chair" and "the small red chair" compare against."""

import os
import sys
import unittest

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from spatial_model import peer_sizes  # noqa: E402

CHAIR, TABLE = 4, 3


def box(volume):
    return [0.0, 0.0, 0.0, volume, 1.0, 1.0, 0.0, 1.0]


class PeerSizes(unittest.TestCase):
    def run_case(self, volumes, labels, links, mask=None):
        n = len(volumes)
        obj_box = torch.tensor([[box(v) for v in volumes]])
        obj_label = torch.tensor([labels], dtype=torch.int32)
        obj_mask = torch.tensor([mask or [1.0] * n])
        obj_text = torch.tensor([links], dtype=torch.float32)
        return peer_sizes(obj_box, obj_label, obj_mask, obj_text)[0]

    def test_compares_same_label_objects_only(self):
        # three chairs and a huge table; no colour named: all chairs are peers
        out = self.run_case([1.0, 2.0, 4.0, 50.0], [CHAIR, CHAIR, CHAIR, TABLE],
                            [[0, 1], [0, 1], [0, 1], [0, 0]])
        has, biggest_other, smallest_other = out.unbind(-1)
        self.assertEqual(has.tolist(), [1.0, 1.0, 1.0, 0.0])
        # the biggest chair: every other chair is smaller; the smallest: every other is bigger
        self.assertLess(float(biggest_other[2]), 0.0)
        self.assertGreater(float(smallest_other[0]), 0.0)
        self.assertAlmostEqual(float(biggest_other[0]), float(torch.log(torch.tensor(4.0))), places=5)
        # the middle one has a bigger and a smaller peer
        self.assertGreater(float(biggest_other[1]), 0.0)
        self.assertLess(float(smallest_other[1]), 0.0)
        # an object without peers reads zeros, not the masking constant
        self.assertEqual(out[3].tolist(), [0.0, 0.0, 0.0])

    def test_a_named_colour_splits_the_peers(self):
        # "the small red chair": chairs 0 and 1 are linked to "red", chair 2 is not
        out = self.run_case([3.0, 2.0, 1.0], [CHAIR] * 3, [[1, 1], [1, 1], [0, 1]])
        has, biggest_other, smallest_other = out.unbind(-1)
        self.assertGreater(float(smallest_other[1]), 0.0)  # smallest of the red chairs
        self.assertEqual(has[2].item(), 0.0)  # the other-coloured chair has no peer

    def test_padding_is_never_a_peer(self):
        out = self.run_case([1.0, 9.0], [CHAIR, CHAIR], [[0, 1], [0, 1]], mask=[1.0, 0.0])
        self.assertEqual(out[0].tolist(), [0.0, 0.0, 0.0])


if __name__ == "__main__":
    unittest.main()
