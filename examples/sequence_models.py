"""An LSTM sequence model and a small Transformer encoder, written for PyTorch, trained by
torch_sffi with only the imports changed.

Both learn a synthetic task on sequences of 12 random tokens (out of 16): the LSTM predicts
whether the first token is larger than the last; the Transformer encoder (two layers, with a
padding mask on the last positions) predicts the most frequent token's parity. Each trains for
50 steps (Adam for the LSTM, SGD with momentum for the Transformer, gradient clipping for
neither) and prints every loss.

From the repository, after `make`:

    .venv/bin/python examples/sequence_models.py            # through torch_sffi
    .venv/bin/python examples/sequence_models.py --torch    # the same script through PyTorch

Both print the same lines (tests/test_nn_modules.py compares them): one libtorch runs both,
the layers are initialised with PyTorch's calls under the same seed, LSTM and GRU step as
libtorch's CPU implementation does, and attention is PyTorch's non-fused computation.
"""

from __future__ import annotations

import argparse
import sys

if "--torch" in sys.argv:
    import torch
    import torch.nn as nn
    import torch.optim as optim
else:
    import torch_sffi as torch  # type: ignore[no-redef]
    import torch_sffi.nn as nn  # type: ignore[no-redef]
    import torch_sffi.optim as optim  # type: ignore[no-redef]

# ------------------------------------------------------------------ from here on, PyTorch's code

VOCAB, LENGTH, BATCH = 16, 12, 32


class LSTMClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, 8)
        self.lstm = nn.LSTM(8, 16, num_layers=2, batch_first=True, bidirectional=True)
        self.head = nn.Linear(32, 2)

    def forward(self, tokens):
        output, (h_n, c_n) = self.lstm(self.embed(tokens))
        return self.head(output[:, -1])


class TransformerClassifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(VOCAB, 16)
        self.position = nn.Parameter(torch.randn(LENGTH, 16) * 0.1)
        layer = nn.TransformerEncoderLayer(16, 4, dim_feedforward=32, dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=2)
        self.head = nn.Linear(16, 2)

    def forward(self, tokens, padding_mask):
        x = self.embed(tokens) + self.position
        x = self.encoder(x, src_key_padding_mask=padding_mask)
        return self.head(x.mean(dim=1))


def batch():
    tokens = torch.randint(0, VOCAB, (BATCH, LENGTH))
    first_larger = (tokens[:, 0] > tokens[:, -1]).long()
    parity = tokens.sum(dim=1) % 2
    padding = torch.zeros(BATCH, LENGTH, dtype=torch.bool)
    padding[:, LENGTH - 2 :] = True
    return tokens, first_larger, parity, padding


def main(steps):
    torch.manual_seed(0)
    lstm = LSTMClassifier()
    transformer = TransformerClassifier()
    criterion = nn.CrossEntropyLoss()
    lstm_opt = optim.Adam(lstm.parameters(), lr=0.01)
    transformer_opt = optim.SGD(transformer.parameters(), lr=0.05, momentum=0.9)
    for step in range(steps):
        tokens, first_larger, parity, padding = batch()
        lstm_opt.zero_grad()
        lstm_loss = criterion(lstm(tokens), first_larger)
        lstm_loss.backward()
        lstm_opt.step()
        transformer_opt.zero_grad()
        transformer_loss = criterion(transformer(tokens, padding), parity)
        transformer_loss.backward()
        transformer_opt.step()
        print(f"step {step} lstm loss {lstm_loss.item():.10f} transformer loss {transformer_loss.item():.10f}")
    print(sum(p.numel() for p in lstm.parameters()), "LSTM parameters;", sum(p.numel() for p in transformer.parameters()), "Transformer parameters")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--torch", action="store_true", help="run through PyTorch instead of torch_sffi")
    parser.add_argument("--steps", type=int, default=50)
    main(parser.parse_args().steps)
