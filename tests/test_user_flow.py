"""The issue's walk-through, as a new user does it: init, import the phone's contacts, log a coffee,
see it in the report, and have `check` (the pre-commit hook's command) catch a broken note."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from vaultnet.cli import main

CARDS = Path(__file__).resolve().parent / "vcards"


def test_from_phone_export_to_report_and_check(tmp_path: Path) -> None:
    runner = CliRunner()
    vault = str(tmp_path)

    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(main, list(args))
        assert result.exit_code == code, (args, result.output)
        return result.output

    assert "wrote vaultnet.toml" in run("init", vault)
    toml = tmp_path / "vaultnet.toml"
    toml.write_text(toml.read_text().replace("[cadence]\n", '[cadence]\nperson = "2w"\n'))

    assert "created People/Elin Lindström.md" in run(
        "import", "vcard", str(CARDS / "iphone.vcf"), "-v", vault
    )
    logged = run("log", "elin", "coffee at the station;", "training", "for", "Vasaloppet", "--mutual",
                 "--date", "2026-11-20", "--vault", vault)  # fmt: skip
    assert logged.startswith("People/Elin Lindström.md:")

    report = run("report", vault, "--today", "2026-11-21")
    assert "  Elin Lindström: due 2026-12-04; last 2026-11-20: “coffee at the station; training for" in report
    # Active, reciprocal and personal: the card's note says what you know of her (its birthday
    # would not: a birthday from the phone is no fact, spec 1.5).
    assert "active 1 · reciprocal 1 · personal 1 · real connections 1" in report

    assert run("check", vault) == "no problems\n"
    (tmp_path / "People/Bo.md").write_text("---\ntags: [person\n---\n")
    output = run("check", vault, code=1)
    assert "People/Bo.md:2: front matter is not valid YAML" in output
