using System.Numerics.Tensors;
using FaqBot.Core.Semantics;

namespace FaqBot.Embeddings;

/// <summary>Pools one text's token vectors into its normalised sentence vector.</summary>
internal static class TokenPooling
{
    /// <param name="hidden">The text's row of the model output: token vectors one after another, padding last.</param>
    /// <param name="tokenCount">How many leading token vectors are real tokens (attention mask 1).</param>
    /// <param name="dimensions">The length of a token vector.</param>
    /// <param name="pooling">Mean over the real tokens, or the first token.</param>
    public static float[] Pool(ReadOnlySpan<float> hidden, int tokenCount, int dimensions, EmbeddingPooling pooling)
    {
        var vector = new float[dimensions];
        if (pooling == EmbeddingPooling.Cls)
        {
            hidden[..dimensions].CopyTo(vector);
        }
        else
        {
            for (var t = 0; t < tokenCount; t++)
            {
                TensorPrimitives.Add(vector, hidden.Slice(t * dimensions, dimensions), vector);
            }

            // Dividing by the count does not change the direction, but keeps the mean of the model card exact
            // before normalising (and so the same rounding).
            TensorPrimitives.Divide(vector, Math.Max(tokenCount, 1), vector);
        }

        VectorMath.Normalize(vector);
        return vector;
    }
}
