import math
import subprocess
import sys
import time

from mlopt.clock import PROCESS_START, deadline, elapsed, remaining


def test_elapsed_counts_from_the_process_start_not_from_the_import() -> None:
    code = "import time; time.sleep(0.6); import mlopt.clock as c; print(c.elapsed())"
    seconds = float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                   check=True).stdout)
    assert 0.6 <= seconds < 30


def test_deadlines_and_remaining_time() -> None:
    assert elapsed() > 0 and PROCESS_START < time.monotonic()
    assert deadline(5.0) == PROCESS_START + 5.0 and deadline(2.0, since=10.0) == 12.0
    assert deadline(math.inf) == math.inf
    assert remaining(time.monotonic() - 1) == 0.0 and 9 < remaining(time.monotonic() + 10) <= 10
