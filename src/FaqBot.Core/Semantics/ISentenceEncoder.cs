namespace FaqBot.Core.Semantics;

/// <summary>
/// Turns text into sentence embeddings: fixed-length, L2-normalised vectors, so the cosine similarity of two
/// vectors is their dot product (<see cref="VectorMath.Dot"/>). Implementations are thread-safe.
/// </summary>
public interface ISentenceEncoder
{
    /// <summary>The length of every vector this encoder returns.</summary>
    int Dimensions { get; }

    /// <summary>
    /// A stable identifier of the model and of everything that shapes its vectors (package version, pooling,
    /// token limit); vectors stored under another id must be recomputed.
    /// </summary>
    string ModelId { get; }

    /// <summary>The most word-piece tokens one text is encoded from; the rest of a longer text is ignored.</summary>
    int MaxTokens { get; }

    /// <summary>Encodes a question or message, with the model's query prefix when it has one.</summary>
    /// <param name="text">The text; empty is allowed, very long text is truncated.</param>
    /// <returns>A normalised vector of <see cref="Dimensions"/> values.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    float[] EncodeQuery(string text);

    /// <summary>Encodes passages to be searched, as one batch and without a prefix.</summary>
    /// <param name="texts">The passages; empty strings are allowed, very long ones are truncated.</param>
    /// <param name="cancellationToken">Stops the work between batches.</param>
    /// <returns>One normalised vector per passage, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its items is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    float[][] EncodePassages(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
