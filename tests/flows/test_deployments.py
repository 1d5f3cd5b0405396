from flows.deployments import build_deployments


def test_deployments_carry_schedules_and_parameters(tmp_path):
    wh = str(tmp_path / "w.duckdb")
    watched, nightly = build_deployments(wh, ["/data/inbox"], cron="*/15 * * * *")
    assert watched.name == "watched-folder" and nightly.name == "nightly-dedup"
    assert watched.parameters == {"sources": ["/data/inbox"], "warehouse": wh}
    assert nightly.parameters["until"] == "dedup"
    crons = [s.schedule.cron for d in (watched, nightly) for s in d.schedules]
    assert crons == ["*/15 * * * *", "30 2 * * *"]
