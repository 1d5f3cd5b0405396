from sitrep import heap
from sitrep.cli import main


def console() -> None:
    """``python -m sitrep`` and the ``sitrep`` command: ``cli.main``, then the end of the process."""
    code = main()
    heap.freeze_loaded()  # no collection over all objects as the interpreter exits
    heap.exit_process(code)  # without the interpreter's teardown (sitrep.heap)


if __name__ == "__main__":
    console()
