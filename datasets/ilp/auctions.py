"""Combinatorial auctions with Leyton-Brown's "arbitrary" relationships (Leyton-Brown, Pearson & Shoham,
EC 2000), parameterised as in Gasse et al. (NeurIPS 2019).

A documented simplification of the "arbitrary" distribution, written from the papers' description:

1. Each item has a common value c_i ~ U[min_value, max_value]; a random symmetric compatibility
   matrix r_ik ~ U[0, 1] (zero diagonal) says how well items go together.
2. Each bidder draws private values p_i = c_i + value_deviation * max_value * U[-1, 1] (floored at 0)
   and builds a bundle: a first item with probability proportional to p_i, then, while a coin with
   probability ``add_item_prob`` says so, one more item with probability proportional to
   p_i * sum_{k in bundle} r_ik. Its price is sum_{i in bundle} p_i + |bundle|^(1 + additivity).
3. Substitute bids: from each item of the bundle as a seed, the same growth process builds a bundle of
   the same size; it is kept when it is new and its price is within ``budget_factor`` times the
   original price; the ``max_sub_bids`` dearest are kept. (Leyton-Brown's resale-value check is left
   out: that is the simplification.)
4. A bidder with several bids gets a dummy item shared by all of them, so that at most one is won (XOR).

Bids are collected until there are ``bids`` of them (the last bidder's list is cut). Model: max sum
price_b x_b s.t. sum_{b contains i} x_b <= 1 for every real item with a bid and every dummy item;
x binary.
"""

from __future__ import annotations

import numpy as np

from mlopt.datasets.ilp.graphs import Seed
from mlopt.datasets.ilp.problem import INF, IlpData, build_rows


def _grow(first: int, size_cap: int | None, weights: np.ndarray, compat: np.ndarray,
          add_prob: float, rng: np.random.Generator) -> list[int]:
    bundle = [first]
    affinity = compat[first].copy()
    while (len(bundle) < size_cap) if size_cap is not None else (rng.random() < add_prob):
        score = weights * affinity
        score[bundle] = 0.0
        if score.sum() <= 0:
            break
        item = int(rng.choice(len(weights), p=score / score.sum()))
        bundle.append(item)
        affinity += compat[item]
    return sorted(bundle)


def combinatorial_auction(items: int, bids: int, seed: Seed, *, min_value: float = 1.0,
                          max_value: float = 100.0, value_deviation: float = 0.5,
                          add_item_prob: float = 0.7, max_sub_bids: int = 5, additivity: float = 0.2,
                          budget_factor: float = 1.5) -> IlpData:
    """``bids`` binary variables; one packing row per item that appears in a bid and per dummy item."""
    if items < 2 or bids < 1:
        raise ValueError(f"need items >= 2 and bids >= 1, got {items}, {bids}")
    rng = np.random.default_rng(seed)
    common = rng.uniform(min_value, max_value, size=items)
    compat = rng.random((items, items))
    compat = np.triu(compat, 1) + np.triu(compat, 1).T

    def price(bundle: list[int], private: np.ndarray) -> float:
        return float(private[bundle].sum() + len(bundle) ** (1.0 + additivity))

    bundles: list[list[int]] = []
    prices: list[float] = []
    owner: list[int] = []
    bidder = 0
    while len(bundles) < bids:
        private = np.maximum(common + value_deviation * max_value * rng.uniform(-1, 1, size=items), 0.0)
        if private.sum() <= 0:
            continue
        first = int(rng.choice(items, p=private / private.sum()))
        bundle = _grow(first, None, private, compat, add_item_prob, rng)
        offer = [(bundle, price(bundle, private))]
        substitutes = {}
        for seed_item in bundle:
            sub = _grow(seed_item, len(bundle), private, compat, add_item_prob, rng)
            sub_price = price(sub, private)
            if sub != bundle and sub_price <= budget_factor * offer[0][1]:
                substitutes[tuple(sub)] = sub_price
        ranked = sorted(substitutes.items(), key=lambda kv: -kv[1])[:max_sub_bids]
        offer += [(list(b), p) for b, p in ranked]
        for b, p in offer[: bids - len(bundles)]:
            bundles.append(b)
            prices.append(p)
            owner.append(bidder)
        bidder += 1

    owner_arr = np.array(owner)
    rows = []
    bid_of = np.repeat(np.arange(len(bundles)), [len(b) for b in bundles])
    item_of = np.concatenate([np.asarray(b, dtype=np.int64) for b in bundles])
    order = np.lexsort((bid_of, item_of))
    bid_of, item_of = bid_of[order], item_of[order]
    for item in np.unique(item_of):
        lo, hi = np.searchsorted(item_of, [item, item + 1])
        rows.append((bid_of[lo:hi], np.ones(hi - lo), -INF, 1.0))
    for who in np.unique(owner_arr):
        same = np.flatnonzero(owner_arr == who)
        if len(same) > 1:
            rows.append((same, np.ones(len(same)), -INF, 1.0))
    indptr, indices, values, lhs, rhs = build_rows(rows)
    return IlpData(
        name=f"cauction_i{items}_b{bids}", sense="maximize", obj=np.array(prices),
        lb=np.zeros(bids), ub=np.ones(bids), vtype=("B",) * bids,
        indptr=indptr, indices=indices, values=values, lhs=lhs, rhs=rhs,
    )
