"""The shipped CL-LNS weights (mlopt/lns/pretrained) and the one choice of a learned selector's model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from mlopt.errors import InputError
from mlopt.lns.pretrained import LNS_MODELS_ENV, selector_models, shipped_lns_model

SHIPPED = Path(__file__).resolve().parents[2] / "mlopt" / "lns" / "pretrained"


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


@pytest.mark.parametrize("family", ["mvc", "mis", "cauction"])
def test_shipped_cl_lns_models_load_weights_only_and_match_their_family(family: str,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from mlopt.datasets.ilp import generate
    from mlopt.lns.policy import CLNSPolicy
    from mlopt.lns.selector import make_clns_selector
    from mlopt.solvers.lns.engine import LNSSearch

    monkeypatch.delenv(LNS_MODELS_ENV, raising=False)
    chosen = shipped_lns_model("cl-lns", [f"/data/{family}_clns_3.mps"])
    path = chosen.path
    assert path == SHIPPED / f"cl-lns_{family}.pt" and chosen.note is None
    assert isinstance(torch.load(path, weights_only=True), dict)
    metadata = json.loads(path.with_suffix(".json").read_text())["metadata"]
    assert metadata["command"].startswith("mlopt lns train") and metadata["train"]["loss"] == "contrastive"
    assert {Path(f["instance"]).name.split("_")[0] for f in metadata["data"]["files"]} == {family}
    assert metadata["val_accuracy"] > 0.5  # held-out training instances: positives outrank negatives
    selector = make_clns_selector(path)
    assert isinstance(selector.score.policy, CLNSPolicy)
    assert selector.mode == {"mvc": "topk", "mis": "sample", "cauction": "topk"}[family]  # stored with the model
    search = LNSSearch(generate(family, "tiny", 0))  # scores today's features (MIS: their 21-column prefix)
    assert search.start()
    destroy = selector.select(search.state())
    assert len(destroy) == search.k and set(destroy.tolist()) <= set(search.integer.tolist())
    assert (SHIPPED / "reproduce.sh").read_text().count("cl-lns_$F.pt") == 1


def test_the_shipped_cross_family_model_is_trained_on_every_family_and_selects_on_an_unseen_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from mlopt.datasets.ilp import generate
    from mlopt.lns.selector import make_clns_selector
    from mlopt.solvers.lns.engine import LNSSearch

    monkeypatch.delenv(LNS_MODELS_ENV, raising=False)
    path = shipped_lns_model("cl-lns", ["/home/me/my_model.mps"]).path
    metadata = json.loads(path.with_suffix(".json").read_text())["metadata"]
    trained_on = {Path(f["instance"]).name.split("_")[0] for f in metadata["data"]["files"]}
    assert trained_on == {"setcover", "cauction", "mis", "mvc", "cfl"}  # every generator family but mknap
    assert len(metadata["data"]["datasets"]) == len(trained_on) and metadata["val_accuracy"] > 0.5
    assert metadata["selection"] == "greedy"  # top-k re-solved one set for minutes on mknap (RESULTS.md)
    selector = make_clns_selector(path)
    search = LNSSearch(generate("mknap", "tiny", 0))  # the family it never saw
    assert search.start()
    destroy = selector.select(search.state())
    assert len(destroy) == search.k and set(destroy.tolist()) <= set(search.integer.tolist())
    assert "cp $W/cl-lns_cross/model.pt mlopt/lns/pretrained/cl-lns_cross.pt" in (SHIPPED / "reproduce.sh").read_text()


def test_learned_selectors_take_the_given_model_else_the_shipped_one(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LNS_MODELS_ENV, raising=False)
    instances = ["/data/mvc_clns_0.mps", "/data/mvc_clns_1.mps"]
    mine = tmp_path / "model.pt"
    found = selector_models(["random", "cl-lns", "scip", "il-lns"], {"il-lns": mine}, instances)
    assert {name: f.path for name, f in found.items()} == {"cl-lns": SHIPPED / "cl-lns_mvc.pt", "il-lns": mine}
    assert all(f.note is None for f in found.values())  # classic methods need none; no stand-in, no note
    with pytest.raises(InputError) as error:
        selector_models(["il-lns"], {}, ["/data/mvc_clns_0.mps", "/data/mis_clns_0.mps"])
    assert error.value.field == "model" and "families mis, mvc" in str(error.value)  # library words, no flag
    with pytest.raises(InputError, match="no shipped il-lns model for family mvc"):
        selector_models(["il-lns"], {}, instances)  # and no cross-family il-lns model either


@pytest.mark.parametrize("instances, why", [
    (["/home/me/my_model.mps"], "the file names name no generator family"),
    (["/data/mvc_clns_0.mps", "/data/mis_clns_0.mps"], "the instances mix families mis, mvc"),
    (["/data/setcover_clns_0.mps"], "no shipped cl-lns model for family setcover"),
    (["/data/mknap_clns_0.mps"], "no shipped cl-lns model for family mknap"),
])
def test_instances_without_a_family_model_get_the_cross_family_model_with_a_note(
        instances: list[str], why: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(LNS_MODELS_ENV, raising=False)
    (chosen,) = selector_models(["cl-lns"], {}, instances).values()
    assert chosen.path == SHIPPED / "cl-lns_cross.pt"
    assert chosen.note == f"note: cl-lns uses the cross-family model cl-lns_cross.pt ({why})"
    assert shipped_lns_model("cl-lns", ["/data/mis_clns_0.mps"]).note is None  # a family model wins


def test_without_a_cross_family_model_an_unknown_file_is_a_one_line_error(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(LNS_MODELS_ENV, str(tmp_path))
    with pytest.raises(InputError, match="the file names name no generator family") as error:
        shipped_lns_model("cl-lns", ["/home/me/my_model.mps"])
    assert "no cross-family cl-lns model" in error.value.expected
