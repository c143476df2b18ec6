using System.Text;
using FaqBot.Core.Analysis;

namespace FaqBot.Tests.Core.Analysis;

public sealed class WordTokenizerTests
{
    private readonly WordTokenizer _tokenizer = new();

    [Theory]
    [InlineData("Ketamine works fast.", new[] { "Ketamine", "works", "fast" })]
    [InlineData("brain-derived neurotrophic", new[] { "brain", "derived", "neurotrophic" })]
    [InlineData("and/or IV/nasal", new[] { "and", "or", "IV", "nasal" })]
    [InlineData("don't it’s", new[] { "don't", "it’s" })]
    [InlineData("'quoted' users'", new[] { "quoted", "users" })]
    [InlineData("e.g. i.e. Ph.D.", new[] { "e.g", "i.e", "Ph.D" })]
    [InlineData("show.How does", new[] { "show", "How", "does" })]
    [InlineData("40 minutes in 2022, 3.5 mg, 1,000 people", new[] { "40", "minutes", "in", "2022", "3.5", "mg", "1,000", "people" })]
    [InlineData("learning & memory–especially", new[] { "learning", "memory", "especially" })]
    public void Tokenize_Prose_SplitsLikeStandardTokenizer(string text, string[] expected)
    {
        AnalyzerAssert.TokenizesTo(_tokenizer, text, expected);
    }

    [Fact]
    public void Tokenize_Emoji_TreatedAsSeparators()
    {
        AnalyzerAssert.TokenizesTo(_tokenizer, "feeling 😊better👍🏽 today", ["feeling", "better", "today"]);
    }

    [Fact]
    public void Tokenize_ZeroWidthCharacters_AreSeparators()
    {
        AnalyzerAssert.TokenizesTo(_tokenizer, "keta\u200Bmine\u200C \uFEFFdose\u200Dage", ["keta", "mine", "dose", "age"]);
    }

    [Fact]
    public void Tokenize_RightToLeftText_KeepsWords()
    {
        AnalyzerAssert.TokenizesTo(_tokenizer, "שלום עולם مرحبا بالعالم", ["שלום", "עולם", "مرحبا", "بالعالم"]);
    }

    [Fact]
    public void Tokenize_AccentsAndCombiningMarks_StayInWord()
    {
        AnalyzerAssert.TokenizesTo(_tokenizer, "naïve cafe\u0301", ["naïve", "cafe\u0301"]);
    }

    [Fact]
    public void Tokenize_Words_PositionsCountFromZero()
    {
        var tokens = _tokenizer.Tokenize("one, two - three").ToList();

        Assert.Equal([0, 1, 2], tokens.Select(token => token.Position));
        Assert.Equal([0, 5, 11], tokens.Select(token => token.Start));
    }

    [Fact]
    public void Tokenize_EmptyOrPunctuationOnly_ReturnsNothing()
    {
        Assert.Empty(_tokenizer.Tokenize(""));
        Assert.Empty(_tokenizer.Tokenize(" -- ... ''' ?! "));
    }

    [Fact]
    public void Tokenize_LoneSurrogate_IsSkipped()
    {
        AnalyzerAssert.TokenizesTo(_tokenizer, "a\uD800b", ["a", "b"]);
    }

    [Fact]
    public void Tokenize_OneMegabyte_TokenizesAll()
    {
        var builder = new StringBuilder();
        while (builder.Length < 1_000_000)
        {
            builder.Append("ketamine's rapid-acting relief 😊 ");
        }

        var text = builder.ToString();

        var tokens = _tokenizer.Tokenize(text).ToList();

        Assert.Equal(text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length / 4 * 4, tokens.Count);
        Assert.Equal(tokens.Count - 1, tokens[^1].Position);
    }

    [Fact]
    public void Tokenize_VeryLongWord_SplitsAtMaxTokenLength()
    {
        var text = new string('a', WordTokenizer.MaxTokenLength + 10);

        var tokens = _tokenizer.Tokenize(text).ToList();

        Assert.Equal([WordTokenizer.MaxTokenLength, 10], tokens.Select(token => token.Text.Length));
    }
}
