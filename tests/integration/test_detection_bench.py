"""`make detect-bench` at a tiny size: one true and one false case per category and
language, through the API, a real worker and the sandboxed engines, scored.

The numbers of so small a sample say little; what this holds is that the benchmark
still runs end to end (the cases upload, every engine covers them, the findings come
back and are scored) so that the full run cannot rot between releases.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.detection import benchmark, score


def test_the_detection_benchmark_scores_a_tiny_sample_through_the_pipeline(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    written = tmp_path / "scores.json"

    results = score.main(["--sample", "1", "--no-timing", "--json", str(written)], admin_url=db_url)

    printed = capsys.readouterr().out
    languages = [lang for lang in benchmark.LANGUAGES if benchmark.cases(lang)]
    assert [r["language"] for r in results] == languages and languages
    categories = benchmark.categories()
    for result in results:
        assert result["state"] == "succeeded", result
        assert result["coverage"] == "complete", result
        expected = {k for k, c in categories.items() if result["language"] in c.languages}
        scored = {k for k, v in result["categories"].items() if v["true"] and v["false"]}
        assert scored == expected, result["language"]
        assert f"== {result['language']}:" in printed
    # Something of each sample was found, and found by the rule pack.
    assert all(r["average"]["tpr"] > 0 and r["tools"]["semgrep"] > -1 for r in results)
    assert json.loads(written.read_text()) == results


@pytest.mark.slow
def test_the_detection_benchmark_times_scans_by_stage_as_make_bench_does(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    timing = score.time_stages(db_url, size="300", runs=1)

    stages = timing["stages"]
    assert {"unpack", "semgrep", "post-processing", "total"} <= set(stages)
    assert stages["total"]["orchestrated"] > 0 and stages["semgrep"]["direct"] > 0
    assert timing["orchestrated_over_slowest_tool"] > 0
    assert "scan time by stage" in capsys.readouterr().out
