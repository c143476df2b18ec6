using FaqBot.Embeddings;

namespace FaqBot.Tests.Embeddings;

/// <summary>Word pieces as bert-base-uncased's tokenizer makes them, the vocabulary both models share.</summary>
[Collection(EncoderCollection.Name)]
public sealed class TokenizationTests(EncoderFixture fixture)
{
    [Theory]
    [InlineData("Héllo WÖRLD! naïve", "[CLS] hello world ! naive [SEP]")]
    [InlineData("Don't stop your meds, it's $400.", "[CLS] don ' t stop your med ##s , it ' s $ 400 . [SEP]")]
    [InlineData("I feel 😢 today", "[CLS] i feel [UNK] today [SEP]")]
    [InlineData("zero\u200Bwidth", "[CLS] zero ##wi ##dt ##h [SEP]")]
    [InlineData("tab\tnew\nline\r\nbell\u0007", "[CLS] tab new line bell [SEP]")]
    [InlineData("هل الكيتامين آمن؟", "[CLS] ه ##ل ا ##ل ##ك ##ي ##ت ##ا ##م ##ي ##ن ا ##م ##ن [UNK] [SEP]")]
    [InlineData("日本語 and 中文", "[CLS] 日 本 語 and 中 文 [SEP]")]
    [InlineData("", "[CLS] [SEP]")]
    public void Tokenize_Text_MatchesUncasedBertWordPieces(string text, string expected)
    {
        var encoder = fixture.Get(EmbeddingModel.MiniLM);
        var vocabulary = File.ReadAllLines(Path.Combine(Path.GetDirectoryName(encoder.ModelPath)!, "vocab.txt"));

        var pieces = encoder.Tokenize(text).Select(id => vocabulary[id]);

        Assert.Equal(expected, string.Join(' ', pieces));
    }

    [Theory]
    [InlineData(EmbeddingModel.MiniLM, 256)]
    [InlineData(EmbeddingModel.ArcticXs, 512)]
    public void Tokenize_LongText_TruncatesToMaxTokensEndingWithSep(EmbeddingModel model, int maxTokens)
    {
        var encoder = fixture.Get(model);

        var ids = encoder.Tokenize(string.Concat(Enumerable.Repeat("ketamine therapy helps. ", 1000)));

        Assert.Equal(maxTokens, ids.Length);
        Assert.Equal(101, ids[0]);
        Assert.Equal(102, ids[^1]);
    }
}
