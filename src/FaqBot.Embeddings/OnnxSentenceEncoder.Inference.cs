using Microsoft.ML.OnnxRuntime;

namespace FaqBot.Embeddings;

public sealed partial class OnnxSentenceEncoder
{
    private float[][] EncodeBatched(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var tokens = new long[texts.Count][];
        Parallel.For(0, texts.Count, Options(cancellationToken), i => tokens[i] = Tokenize(texts[i]));

        // Longest first and batched by length: little padding in each batch, and the costliest batches start
        // first so the cores finish together. The order is stable, so the batches are the same on every run.
        var order = Enumerable.Range(0, texts.Count).OrderByDescending(i => tokens[i].Length).ToArray();
        var vectors = new float[texts.Count][];
        var batches = (order.Length + _batchSize - 1) / _batchSize;
        Parallel.For(0, batches, Options(cancellationToken), b =>
        {
            var start = b * _batchSize;
            RunBatch(tokens, order.AsSpan(start, Math.Min(_batchSize, order.Length - start)), vectors);
        });
        return vectors;
    }

    private ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellationToken };

    /// <summary>The text's word-piece ids, [CLS] first and [SEP] last, truncated to <see cref="MaxTokens"/>.</summary>
    internal long[] Tokenize(string text)
    {
        Span<long> ids = stackalloc long[Model.MaxTokens];
        Span<long> mask = stackalloc long[Model.MaxTokens];

        // The span overload is the tokenizer's thread-safe one; it truncates to the span's length, keeping [SEP].
        var count = _tokenizer.Encode(AccentStripper.Strip(text), ids, mask, padTo: null);
        return ids[..count].ToArray();
    }

    /// <summary>Runs the texts <paramref name="batch"/> picks out together, padded to the longest.</summary>
    private void RunBatch(long[][] tokens, ReadOnlySpan<int> batch, float[][] vectors)
    {
        var length = 0;
        foreach (var i in batch)
        {
            length = Math.Max(length, tokens[i].Length);
        }

        var ids = new long[batch.Length * length];
        var mask = new long[batch.Length * length];
        for (var row = 0; row < batch.Length; row++)
        {
            var text = tokens[batch[row]];
            text.CopyTo(ids, row * length);
            mask.AsSpan(row * length, text.Length).Fill(1);
        }

        long[] shape = [batch.Length, length];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(new long[ids.Length], shape);
        var inputs = new OrtValue[_inputNames.Length];
        for (var k = 0; k < _inputNames.Length; k++)
        {
            inputs[k] = _inputNames[k] switch
            {
                "input_ids" => idsValue,
                "attention_mask" => maskValue,
                _ => typesValue, // token_type_ids: one segment
            };
        }

        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, _inputNames, inputs, [OutputName]);
        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var rowSize = length * Dimensions;
        for (var row = 0; row < batch.Length; row++)
        {
            vectors[batch[row]] = TokenPooling.Pool(
                hidden.Slice(row * rowSize, rowSize), tokens[batch[row]].Length, Dimensions, Model.Pooling);
        }
    }
}
