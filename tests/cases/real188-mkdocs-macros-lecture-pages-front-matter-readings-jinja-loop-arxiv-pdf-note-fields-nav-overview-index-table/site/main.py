"""mkdocs-macros module: helpers shared by the lecture pages."""


def define_env(env):
    @env.filter
    def arxiv(ident):
        return f"https://arxiv.org/abs/{ident}"

    env.variables["room"] = "Dreese Labs 264"
