"""NVP over per-program features instead of the graph (Liang et al., ICML 2023, Sec. 4.2's alternative).

Liang et al. predict the normalized values (Eq. 3 targets) from the program graph; per-program feature
vectors such as Autophase (Haj-Ali et al., MLSys 2020) are the usual cheaper input in the pass-ordering
literature (CompilerGym's baselines). :class:`NVPFeatureNet` is the same predictor over InstCount (total
instructions, blocks, functions and one count per opcode), read from the IR text in one pass
(:func:`~mlopt.envs.passes.graph_text.instcount_from_text`; llvmlite only for text that reader does not
cover): ``log1p`` of the counts beside each opcode's share of the instructions, into an MLP. Its inference is
a fraction of a millisecond beside the GNN's milliseconds, and it trains in seconds. Training and ranking
are :func:`~mlopt.passes.nvp.train_nvp` / :func:`~mlopt.passes.nvp.rank` with ``kind="features"``.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import torch
from torch import nn

from mlopt.datasets.programs import Program
from mlopt.envs.passes.graph_text import UnsupportedText, instcount_from_text
from mlopt.envs.passes.ir import parse_for_features
from mlopt.envs.passes.observations import INSTCOUNT_FEATURES, instcount
from mlopt.nn import mlp, register_model_class

NUM_FEATURES = 2 * len(INSTCOUNT_FEATURES)


def program_features(program: Program | str) -> torch.Tensor:
    """[NUM_FEATURES] float32: ``log1p`` of the InstCount vector, then every entry divided by the total
    instruction count (the opcode mix, independent of size)."""
    ir = program.ir if isinstance(program, Program) else program
    try:
        counts = instcount_from_text(ir)
    except UnsupportedText:
        counts = instcount(parse_for_features(ir))
    counts = counts.astype(np.float64)
    return torch.from_numpy(np.concatenate([np.log1p(counts), counts / max(counts[0], 1.0)]).astype(np.float32))


@register_model_class
class NVPFeatureNet(nn.Module):
    """Program features -> one logit per coreset sequence (module docstring).

    Args:
        num_sequences: coreset size K (output logits).
        hidden: width of the hidden layers.
        layers: hidden layers of the MLP.
    """

    def __init__(self, num_sequences: int, hidden: int = 64, layers: int = 2) -> None:
        super().__init__()
        self._config = {"num_sequences": num_sequences, "hidden": hidden, "layers": layers}
        self.scale = nn.LayerNorm(NUM_FEATURES)
        self.net = mlp([NUM_FEATURES, *([hidden] * layers), num_sequences])

    def config(self) -> dict[str, int]:
        """Constructor arguments (for :func:`mlopt.nn.checkpoint.save_model`)."""
        return dict(self._config)

    @staticmethod
    def encode(program: Program | str) -> torch.Tensor:
        """The model's input for one program (:func:`program_features`)."""
        return program_features(program)

    @staticmethod
    def collate(inputs: Sequence[torch.Tensor]) -> torch.Tensor:
        """A batch [B, NUM_FEATURES] of encoded programs."""
        return torch.stack(list(inputs))

    def forward(self, features: torch.Tensor) -> torch.Tensor:
        """Logits [B, K] of a batch of feature vectors [B, NUM_FEATURES]."""
        return self.net(self.scale(features))
