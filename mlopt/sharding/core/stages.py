"""The learned planners' row and data-parallel stages on their table-wise plan (issue 18, item 3; our extension).

Both stages read the same table-wise plan under the planner's own cost model (a
:class:`~mlopt.sharding.core.move_search.MoveModel` with ``removal_gains`` and ``replica_compute``): first the hot
tables to row-shard (:func:`~mlopt.sharding.core.row_split.choose_hot`, priced with the pre-trained row
reduce-scatter net), then, among the other small tables, those to replicate
(:func:`~mlopt.sharding.core.data_parallel.choose_data_parallel`, priced with the pre-trained all-reduce net). A
weights folder without a collective net skips its stage.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import numpy as np

from mlopt.datasets.embedding_tables import EmbeddingTable, ShardingTask
from mlopt.sharding.core.data_parallel import (NO_TABLES, DataParallelChoice, candidates, choose_data_parallel,
                                               replica_tables)
from mlopt.sharding.core.row_split import RowChoice, choose_hot, hot_candidates, no_rows, row_shard_tables


@dataclass(frozen=True)
class StagedChoice:
    """The tables the stages take out of the table-wise plan and the predicted cost they add to a device."""

    data_parallel: DataParallelChoice
    rows: RowChoice
    added_ms: float


def choose_stages(task: ShardingTask, plan: np.ndarray, moves: Any, folder: str, topology: np.ndarray,
                  compute: Callable[[list[EmbeddingTable]], np.ndarray]) -> StagedChoice | None:
    """Both stages (module docstring) on the table-wise ``plan`` [T] under ``moves``, with the collective nets of
    the weights ``folder`` on the [10] ``topology`` features; ``compute(tables)`` is the predicted compute that
    each of ``tables`` (a replica or a row shard, as one device sees it) adds to a device of ``plan``. None when
    they pick no table."""
    from mlopt.sharding.core.collective_nets import load_collective, predicted_ms

    row_net, allreduce = load_collective(folder, "row"), load_collective(folder, "all_reduce")
    if task.num_devices < 2 or (row_net is None and allreduce is None):
        return None
    gains = moves.removal_gains(plan, np.arange(task.num_tables))  # each table's gain depends on the plan alone
    rows, rows_ms = no_rows(task.num_devices), 0.0
    if row_net is not None:
        costs = moves.device_costs(plan)
        hot = hot_candidates(costs, gains)
        if len(hot):
            rows, rows_ms = choose_hot(task, costs, hot, gains[hot], compute(row_shard_tables(task, hot)),
                                       lambda size: predicted_ms(row_net, size, topology))
    tables = np.setdiff1d(candidates(task), rows.tables)
    choice = NO_TABLES
    if allreduce is not None and len(tables):
        choice = choose_data_parallel(task, tables, gains[tables],
                                      compute(replica_tables(task, tables)),
                                      lambda size: predicted_ms(allreduce, size, topology))
    if choice.empty and rows.empty:
        return None
    return StagedChoice(choice, rows, choice.replica_ms + rows_ms)
