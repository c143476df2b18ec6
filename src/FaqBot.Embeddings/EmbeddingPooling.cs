namespace FaqBot.Embeddings;

/// <summary>How a model's per-token outputs become one sentence vector (before L2 normalisation).</summary>
public enum EmbeddingPooling
{
    /// <summary>The mean of the token vectors under the attention mask ([CLS] and [SEP] included, padding not).</summary>
    Mean,

    /// <summary>The vector of the first token, [CLS].</summary>
    Cls,
}
