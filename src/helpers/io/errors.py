"""The one exception type for bad input.

Every problem with input data (a raw file, a catalog row, an annotation row) is raised as :class:`InputError`,
whose message names the file or row and says what to do. The command line prints it and exits with status 2.
"""


class InputError(ValueError):
    """Bad input data: ``where`` names the file or row, ``problem`` says what is wrong, ``fix`` what to do."""

    def __init__(self, where: str, problem: str, fix: str):
        self.where = where
        self.problem = problem
        self.fix = fix
        super().__init__(f"{where}: {problem}. {fix}")
