"""LANCER's predict-then-optimize portfolio as a task: a data set from
``mlopt.datasets.surrogate_tasks.make_portfolio(num_instances, num_assets, num_features, ...)``, the
mean-variance QP on the simplex with the data's covariance and risk aversion as the oracle (same
interface as a linear solver: realized or predicted returns in, weights out), per-instance features and
the realized returns."""

from __future__ import annotations

from mlopt.datasets.surrogate_tasks import PortfolioData, make_portfolio
from mlopt.solvers.linear import SimplexQP
from mlopt.surrogates.tasks.registry import SurrogateTask

PORTFOLIO: SurrogateTask[PortfolioData] = SurrogateTask(
    name="portfolio",
    generate=make_portfolio,
    solver=lambda data: SimplexQP(data.covariance, data.alpha),
    features=lambda data: data.features,
    costs=lambda data: data.returns,
)
