"""Lecture demo (Week 2): a bigram language model with add-k smoothing.

See J&M ch. 3: https://web.stanford.edu/~jurafsky/slp3/3.pdf
"""

from collections import Counter


def train(tokens, k=1.0):
    unigrams = Counter(tokens)
    bigrams = Counter(zip(tokens, tokens[1:]))
    vocab = len(unigrams)

    def prob(prev, word):
        return (bigrams[(prev, word)] + k) / (unigrams[prev] + k * vocab)

    return prob


if __name__ == "__main__":
    text = "the cat sat on the mat the cat ate".split()
    p = train(text)
    print(p("the", "cat"), p("the", "dog"))
