namespace FaqBot.Tests.Embeddings;

/// <summary>Test classes marked <c>[Collection(EncoderCollection.Name)]</c> share one <see cref="EncoderFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class EncoderCollection : ICollectionFixture<EncoderFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Encoders";
}
