"""HW1 starter code: fill in the TODOs."""

import numpy as np


class Tensor:
    def __init__(self, value, parents=(), op=""):
        self.value = np.asarray(value, dtype=np.float64)
        self.grad = np.zeros_like(self.value)
        self.parents = parents
        self.op = op

    def backward(self):
        # TODO: topologically sort the graph and propagate gradients
        raise NotImplementedError
