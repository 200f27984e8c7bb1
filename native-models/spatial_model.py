"""The spatial model: progressive spatial awareness over referents, in three stages.

1. intra-referent abstraction: each object's FPS-ordered points go through a set abstraction
   (kNN neighbourhoods around its first CENTROIDS points, shared MLP, max pooling), enriched with
   its box geometry and label;
2. inter-referent message passing: edge convolution over a kNN graph of referents whose edge
   features are relative positions, and, once the referents have read the text, attention among
   them biased by and carrying each pair's geometry (RelationBlock);
3. contextual referent-scene interaction: cross-attention from referents to scene tokens (a set
   abstraction over the scan's sampled points), then fusion with a small text encoder.

Heads: task type, target and anchor pointers over referents, relation class, distance metric,
distance regression, layout target (offset from the anchor), answer classifier.

Shapes are fixed (common/model/config.ts is the source of these numbers) and kNN is a TopK over
pairwise distances, so the graph exports to ONNX opset 17 as a static graph.
"""

import math

import torch
from torch import nn
import torch.nn.functional as F

MAX_OBJECTS = 64
POINTS_PER_OBJECT = 64
SCENE_POINTS = 1024
MAX_TOKENS = 32
POINT_CHANNELS = 6
BOX_CHANNELS = 8
SCENE_TOKENS = 128  # scene tokens: set abstraction around the first 128 FPS scene points

TASKS = ["vqa", "grounding", "caption", "distance", "layout_edit"]
RELATIONS = ["none", "near", "far", "closest", "farthest", "above", "below", "on", "between",
             "next to", "left", "right", "front", "behind", "face", "swap"]
STAGES = ("intra", "inter", "contextual")
METRICS = ["center", "gap"]

INPUT_NAMES = ["obj_points", "obj_box", "obj_label", "obj_mask", "obj_text", "scene_points",
               "tokens", "token_mask"]
OUTPUT_NAMES = ["task_logits", "target_logits", "anchor_logits", "relation_logits",
                "metric_logits", "distance", "layout_offset", "answer_logits"]

NEG = -1e4  # masked logit; finite so softmax over an all-masked row stays defined


def mlp(*sizes, last_act=True):
    layers = []
    for i in range(len(sizes) - 1):
        layers.append(nn.Linear(sizes[i], sizes[i + 1]))
        if i < len(sizes) - 2 or last_act:
            layers.append(nn.ReLU())
    return nn.Sequential(*layers)


def square_distances(a, b):
    """Pairwise squared distances [N, Q, P] between a [N, Q, 3] and b [N, P, 3], via one matmul."""
    return (a * a).sum(-1, keepdim=True) + (b * b).sum(-1).unsqueeze(1) - 2.0 * (a @ b.transpose(1, 2))


def gather_rows(x, idx):
    """x [N, P, C], idx [N, Q, K] -> [N, Q, K, C] (rows of x picked per query)."""
    n, q, k = idx.shape
    c = x.shape[-1]
    flat = idx.reshape(n, q * k, 1).expand(n, q * k, c)
    return torch.gather(x, 1, flat).reshape(n, q, k, c)


class SetAbstraction(nn.Module):
    """Local set abstraction: kNN groups around the first `centroids` points (an FPS prefix)."""

    def __init__(self, in_ch, centroids, k, width, out):
        super().__init__()
        self.centroids, self.k = centroids, k
        self.local = mlp(3 + in_ch, width, width)
        self.out = mlp(width + 3, out, out)

    def forward(self, pts):  # pts [N, P, 3 + in_ch]
        xyz = pts[..., :3]
        cen = xyz[:, : self.centroids]
        d = square_distances(cen, xyz)  # [N, C, P]
        idx = torch.topk(d, self.k, dim=-1, largest=False).indices
        grouped = gather_rows(pts, idx)  # [N, C, k, ch]
        rel = grouped[..., :3] - cen.unsqueeze(2)
        h = self.local(torch.cat([rel, grouped], -1)).max(dim=2).values  # [N, C, width]
        return self.out(torch.cat([h, cen], -1))  # [N, C, out]


class Attention(nn.Module):
    """Multi-head attention written with matmul/softmax (exports cleanly; key mask as an additive bias)."""

    def __init__(self, dim, heads=4):
        super().__init__()
        self.heads, self.dh = heads, dim // heads
        self.q, self.k, self.v, self.o = (nn.Linear(dim, dim) for _ in range(4))

    def forward(self, x, ctx, key_mask=None):
        b, n, d = x.shape
        m = ctx.shape[1]
        q = self.q(x).reshape(b, n, self.heads, self.dh).transpose(1, 2)
        k = self.k(ctx).reshape(b, m, self.heads, self.dh).transpose(1, 2)
        v = self.v(ctx).reshape(b, m, self.heads, self.dh).transpose(1, 2)
        logits = q @ k.transpose(-1, -2) / math.sqrt(self.dh)
        if key_mask is not None:
            logits = logits + (1.0 - key_mask)[:, None, None, :] * NEG
        out = (logits.softmax(-1) @ v).transpose(1, 2).reshape(b, n, d)
        return self.o(out)


class Block(nn.Module):
    """Pre-norm attention + feed-forward; self-attention when ctx is None. Dropout on both
    residual branches (training only; the exported graph runs in eval mode without it)."""

    def __init__(self, dim, heads=4, dropout=0.1):
        super().__init__()
        self.n1, self.n2, self.nc = nn.LayerNorm(dim), nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.att = Attention(dim, heads)
        self.ff = mlp(dim, dim * 2, dim, last_act=False)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, ctx=None, key_mask=None):
        h = self.n1(x)
        c = h if ctx is None else self.nc(ctx)
        x = x + self.drop(self.att(h, c, key_mask))
        return x + self.drop(self.ff(self.n2(x)))


def pair_geometry(obj_box):
    """[B, M, M, 6] for each referent pair (i, j): j's centre relative to i's (x, y, z in the scene
    frame, then x, y in i's own frame) and their distance."""
    pos = obj_box[..., :3]
    rel = pos.unsqueeze(1) - pos.unsqueeze(2)
    sin, cos = obj_box[..., 6:7].unsqueeze(2), obj_box[..., 7:8].unsqueeze(2)
    lx = cos * rel[..., 0:1] + sin * rel[..., 1:2]
    ly = -sin * rel[..., 0:1] + cos * rel[..., 1:2]
    dist = torch.sqrt((rel ** 2).sum(-1, keepdim=True) + 1e-6)
    return torch.cat([rel, lx, ly, dist], -1)


PAIR_CHANNELS = 6
# Radial bins (metres) the attention bias reads distance through: a linear map of these is a
# smooth learned function of distance at a fraction of an MLP's cost over M x M pairs.
DISTANCE_BINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0)


PEER_CHANNELS = 3


def peer_sizes(obj_box, obj_label, obj_mask, obj_text):
    """[B, M, 3] per referent, for "the big chair": among its peers (same label and the same
    lexical links, so "the small red chair" compares red chairs when the text names red, and all
    chairs when it names no colour), whether it has any, and how much bigger in log volume the
    biggest other is and the smallest other is. Comparing sizes among a set is what the pointer
    heads could not learn from each object's box alone (54% of size-word questions were wrong)."""
    m = obj_mask.shape[1]
    log_volume = torch.log(obj_box[..., 3:6].clamp(min=1e-3)).sum(-1)  # [B, M]
    same_label = (obj_label.unsqueeze(2) == obj_label.unsqueeze(1)).float()
    same_links = (square_distances(obj_text, obj_text) < 0.5).float()  # link rows are 0/1
    others = 1.0 - torch.eye(m, dtype=obj_box.dtype, device=obj_box.device)
    peer = same_label * same_links * others * obj_mask.unsqueeze(1) * obj_mask.unsqueeze(2)
    larger = log_volume.unsqueeze(1) - log_volume.unsqueeze(2)  # [B, i, j]: j's over i's
    has = peer.amax(-1)
    biggest_other = (larger + (1.0 - peer) * NEG).amax(-1).clamp(-3.0, 3.0) * has
    smallest_other = (larger - (1.0 - peer) * NEG).amin(-1).clamp(-3.0, 3.0) * has
    return torch.stack([has, biggest_other, smallest_other], -1)


def distance_bins(dist):
    centres = dist.new_tensor(DISTANCE_BINS)
    return torch.exp(-((dist - centres) ** 2) / 0.5)


class RelationBlock(nn.Module):
    """Referents attend to each other after they have read the text, with the pair's geometry as
    an attention bias and, in the values, the attended pairs' geometry: "the laptop closest to the
    keyboard" needs the laptops to see how far the named keyboard is, then compare with each other
    (two of these blocks). Without geometry (the stage-2 ablation) it is plain self-attention."""

    def __init__(self, dim, heads=4, dropout=0.1):
        super().__init__()
        self.heads, self.dh = heads, dim // heads
        self.n1, self.n2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.q, self.k, self.v, self.o = (nn.Linear(dim, dim) for _ in range(4))
        self.bias = nn.Linear(PAIR_CHANNELS + len(DISTANCE_BINS), heads)
        self.geo_out = nn.Linear(heads * PAIR_CHANNELS, dim)
        self.ff = mlp(dim, dim * 2, dim, last_act=False)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, geo, key_mask, use_geometry=True):
        b, m, d = x.shape
        h = self.n1(x)
        q = self.q(h).reshape(b, m, self.heads, self.dh).transpose(1, 2)
        k = self.k(h).reshape(b, m, self.heads, self.dh).transpose(1, 2)
        v = self.v(h).reshape(b, m, self.heads, self.dh).transpose(1, 2)
        logits = q @ k.transpose(-1, -2) / math.sqrt(self.dh)  # [B, H, M, M]
        if use_geometry:
            pair = torch.cat([geo, distance_bins(geo[..., 5:6])], -1)
            logits = logits + self.bias(pair).permute(0, 3, 1, 2)
        att = (logits + (1.0 - key_mask)[:, None, None, :] * NEG).softmax(-1)
        out = self.o((att @ v).transpose(1, 2).reshape(b, m, d))
        if use_geometry:
            seen = att.transpose(1, 2) @ geo  # [B, M, H, 6]: attention-weighted pair geometry
            out = out + self.geo_out(seen.reshape(b, m, self.heads * PAIR_CHANNELS))
        x = x + self.drop(out)
        return x + self.drop(self.ff(self.n2(x)))


class EdgeConv(nn.Module):
    """Message passing over the kNN graph of referents; edges carry relative position and distance."""

    def __init__(self, dim, k):
        super().__init__()
        self.k = k
        self.edge = mlp(2 * dim + 4, dim, dim)
        self.norm = nn.LayerNorm(dim)

    def forward(self, h, pos, mask):
        d = square_distances(pos, pos)  # [B, M, M]
        d = d + (1.0 - mask).unsqueeze(1) * 1e4
        idx = torch.topk(d, self.k, dim=-1, largest=False).indices  # [B, M, k], self first
        hj = gather_rows(h, idx)
        pj = gather_rows(pos, idx)
        mj = gather_rows(mask.unsqueeze(-1), idx)  # [B, M, k, 1]
        hi = h.unsqueeze(2).expand_as(hj)
        rel = pj - pos.unsqueeze(2)
        dist = torch.sqrt((rel ** 2).sum(-1, keepdim=True) + 1e-6)
        e = self.edge(torch.cat([hi, hj - hi, rel, dist], -1)) + (1.0 - mj) * NEG
        return self.norm(h + e.max(dim=2).values)


class SpatialModel(nn.Module):
    """`stages` names the progressive stages the model runs; the ablation drops one at a time
    (the layers stay, unused, so every variant has the same parameters and the same heads)."""

    def __init__(self, vocab_size, label_count, answer_count, dim=64, stages=STAGES):
        super().__init__()
        unknown = set(stages) - set(STAGES)
        if unknown:
            raise ValueError(f"unknown stages {sorted(unknown)}; known: {list(STAGES)}")
        self.dim = dim
        self.stages = tuple(s for s in STAGES if s in stages)
        # stage 1: intra-referent abstraction
        self.obj_sa = SetAbstraction(POINT_CHANNELS, centroids=8, k=8, width=32, out=dim)
        self.box_mlp = mlp(BOX_CHANNELS, dim, dim)
        self.label_emb = nn.Embedding(label_count, dim)
        self.colour_mlp = mlp(3, dim, dim)
        self.obj_fuse = mlp(4 * dim, dim, dim)
        # stage 2: inter-referent message passing
        self.graph = nn.ModuleList([EdgeConv(dim, k=8) for _ in range(2)])
        # stage 3: referent-scene interaction
        self.scene_sa = SetAbstraction(POINT_CHANNELS, centroids=SCENE_TOKENS, k=16, width=32, out=dim)
        self.pos_enc = mlp(3, dim, dim, last_act=False)
        self.scene_att = Block(dim)
        # text
        self.word_emb = nn.Embedding(vocab_size, dim)
        self.tok_pos = nn.Parameter(torch.zeros(MAX_TOKENS, dim))
        self.text = nn.ModuleList([Block(dim) for _ in range(2)])
        # fusion
        self.mention = nn.Linear(dim, dim)
        self.peer_in = nn.Linear(PEER_CHANNELS, dim)
        self.text_att = Block(dim)
        self.relate = nn.ModuleList([RelationBlock(dim) for _ in range(2)])
        self.pool_query = nn.Linear(dim, dim)
        # heads
        self.task_head = mlp(2 * dim, dim, len(TASKS), last_act=False)
        self.relation_head = mlp(2 * dim, dim, len(RELATIONS), last_act=False)
        self.metric_head = mlp(2 * dim, dim, len(METRICS), last_act=False)
        self.anchor_head = mlp(2 * dim + 1 + PEER_CHANNELS, dim, 1, last_act=False)
        self.target_head = mlp(2 * dim + 1 + PEER_CHANNELS + 7, dim, 1, last_act=False)
        self.distance_head = mlp(4 * dim + 10, dim, 1, last_act=False)
        self.layout_head = mlp(2 * dim + 6 + len(RELATIONS), dim, 3, last_act=False)
        self.answer_head = mlp(3 * dim, dim, answer_count, last_act=False)

    def forward(self, obj_points, obj_box, obj_label, obj_mask, obj_text, scene_points, tokens, token_mask):
        h = self.encode_scene(obj_points, obj_box, obj_label, obj_mask, scene_points)
        return self.decode(h, obj_box, obj_label, obj_mask, obj_text, tokens, token_mask)

    def encode_scene(self, obj_points, obj_box, obj_label, obj_mask, scene_points):
        """Stages 1-3: referent embeddings [B, M, D]. Nothing here reads the text, so training
        runs it once per scene and gathers the rows each question's slots ask for."""
        b, m = obj_mask.shape
        pos = obj_box[..., :3]

        # stage 1
        if "intra" in self.stages:
            sa = self.obj_sa(obj_points.reshape(b * m, POINTS_PER_OBJECT, POINT_CHANNELS)).max(dim=1).values
            sa = sa.reshape(b, m, -1)
            # The mean colour too, outright: "the gray armchair" turns on it, and max-pooled
            # point features were slow to learn it (the no-intra ablation scored as well).
            colour = self.colour_mlp(obj_points[..., 3:6].mean(2))
        else:
            sa = obj_box.new_zeros(b, m, self.dim)
            colour = obj_box.new_zeros(b, m, self.dim)
        h = self.obj_fuse(torch.cat([sa, colour, self.box_mlp(obj_box), self.label_emb(obj_label.long())], -1))

        # stage 2
        if "inter" in self.stages:
            for layer in self.graph:
                h = layer(h, pos, obj_mask)

        # stage 3
        if "contextual" in self.stages:
            scene = self.scene_sa(scene_points)  # [B, 128, D]
            scene = scene + self.pos_enc(scene_points[:, :SCENE_TOKENS, :3])
            h = self.scene_att(h + self.pos_enc(pos), scene)
        return h

    def decode(self, h, obj_box, obj_label, obj_mask, obj_text, tokens, token_mask):
        """Text encoder, fusion and heads over referent embeddings from `encode_scene`."""
        b, m = obj_mask.shape
        pos = obj_box[..., :3]

        # text encoder
        t = self.word_emb(tokens.long()) + self.tok_pos
        for layer in self.text:
            t = layer(t, key_mask=token_mask)
        tm = token_mask.unsqueeze(-1)
        sent = (t * tm).sum(1) / tm.sum(1).clamp(min=1.0)

        # fusion: lexical links, cross-attention to the words, then referents attend to each other
        named = obj_text.sum(-1, keepdim=True)
        peers = peer_sizes(obj_box, obj_label, obj_mask, obj_text)
        h = h + self.mention((obj_text @ t) / named.clamp(min=1.0)) + self.peer_in(peers)
        h = self.text_att(h, t, token_mask)
        geo_pairs = pair_geometry(obj_box)
        for layer in self.relate:
            h = layer(h, geo_pairs, obj_mask, use_geometry="inter" in self.stages)

        pool_logits = (h @ self.pool_query(sent).unsqueeze(-1)).squeeze(-1) / math.sqrt(self.dim)
        pool_w = (pool_logits + (1.0 - obj_mask) * NEG).softmax(-1)
        pooled = (pool_w.unsqueeze(-1) * h).sum(1)
        ctx = torch.cat([sent, pooled], -1)
        s_exp = sent.unsqueeze(1).expand(b, m, self.dim)

        task_logits = self.task_head(ctx)
        relation_logits = self.relation_head(ctx)
        metric_logits = self.metric_head(ctx)

        anchor_logits = self.anchor_head(torch.cat([h, s_exp, named, peers], -1)).squeeze(-1) + (1.0 - obj_mask) * NEG
        a_w = anchor_logits.softmax(-1).unsqueeze(-1)
        a_pos = (a_w * pos).sum(1)
        a_box = (a_w * obj_box).sum(1)
        a_h = (a_w * h).sum(1)
        sin_a, cos_a = a_box[:, 6:7], a_box[:, 7:8]

        # target scored with its geometry relative to the (soft) anchor, also in the anchor's frame
        rel = pos - a_pos.unsqueeze(1)
        lx = cos_a.unsqueeze(1) * rel[..., 0:1] + sin_a.unsqueeze(1) * rel[..., 1:2]
        ly = -sin_a.unsqueeze(1) * rel[..., 0:1] + cos_a.unsqueeze(1) * rel[..., 1:2]
        dist = torch.sqrt((rel ** 2).sum(-1, keepdim=True) + 1e-6)
        geo = torch.cat([rel, lx, ly, dist, (a_w.squeeze(-1) * obj_mask).unsqueeze(-1)], -1)
        target_logits = self.target_head(torch.cat([h, s_exp, named, peers, geo], -1)).squeeze(-1) + (1.0 - obj_mask) * NEG
        t_w = target_logits.softmax(-1).unsqueeze(-1)
        t_box = (t_w * obj_box).sum(1)
        t_h = (t_w * h).sum(1)

        diff = t_box[:, :3] - a_box[:, :3]
        dnorm = torch.sqrt((diff ** 2).sum(-1, keepdim=True) + 1e-6)
        dist_in = torch.cat([ctx, t_h, a_h, diff, dnorm, t_box[:, 3:6], a_box[:, 3:6]], -1)
        distance = F.softplus(self.distance_head(dist_in)).squeeze(-1)

        # layout: offset in the anchor's frame, turned into the scene frame
        lay_in = torch.cat([sent, a_h, a_box[:, 3:6], t_box[:, 3:6], relation_logits.softmax(-1)], -1)
        local = self.layout_head(lay_in)
        ox = cos_a * local[:, 0:1] - sin_a * local[:, 1:2]
        oy = sin_a * local[:, 0:1] + cos_a * local[:, 1:2]
        layout_offset = torch.cat([ox, oy, local[:, 2:3]], -1)

        answer_logits = self.answer_head(torch.cat([ctx, t_h], -1))
        return (task_logits, target_logits, anchor_logits, relation_logits, metric_logits,
                distance, layout_offset, answer_logits)


def example_inputs(batch=1, seed=0):
    """Deterministic random inputs of the right shapes (parity tests and export tracing)."""
    g = torch.Generator().manual_seed(seed)
    n_obj = MAX_OBJECTS // 2
    mask = torch.zeros(batch, MAX_OBJECTS)
    mask[:, :n_obj] = 1
    tokens = torch.randint(2, 40, (batch, MAX_TOKENS), generator=g, dtype=torch.int32)
    tmask = torch.zeros(batch, MAX_TOKENS)
    tmask[:, :12] = 1
    tokens = tokens * tmask.int()
    obj_text = (torch.rand(batch, MAX_OBJECTS, MAX_TOKENS, generator=g) > 0.9).float() * tmask[:, None, :] * mask[..., None]
    return (
        torch.rand(batch, MAX_OBJECTS, POINTS_PER_OBJECT, POINT_CHANNELS, generator=g) * 2 - 1,
        torch.cat([torch.rand(batch, MAX_OBJECTS, 6, generator=g) * 3, torch.rand(batch, MAX_OBJECTS, 2, generator=g)], -1),
        torch.randint(2, 20, (batch, MAX_OBJECTS), generator=g, dtype=torch.int32),
        mask,
        obj_text,
        torch.rand(batch, SCENE_POINTS, POINT_CHANNELS, generator=g) * 4 - 2,
        tokens,
        tmask,
    )
