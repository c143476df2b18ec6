using FaqBot.Reports;

namespace FaqBot.Tests.Reports;

public sealed class QuestionGrouperTests
{
    [Fact]
    public void Normalize_CaseAndPunctuation_LowerWordsSingleSpaced()
    {
        var normalized = QuestionGrouper.Normalize("  What's the COST, of ketamine?!  ");

        Assert.Equal("whats the cost of ketamine", normalized);
    }

    [Theory]
    [InlineData("it ' s  here", "it s here")]
    [InlineData("don\u2019t STOP—now", "dont stop now")]
    [InlineData("...", "")]
    [InlineData("Ça coûte combien ?", "ça coûte combien")]
    [InlineData("covid19/ptsd, 2x", "covid19 ptsd 2x")]
    public void Normalize_Separators_OneSpaceBetweenWordsNoneAtEnds(string question, string expected)
    {
        Assert.Equal(expected, QuestionGrouper.Normalize(question));
    }

    [Fact]
    public void Normalize_LongQuestion_SameRuleAsShort()
    {
        var question = string.Concat(Enumerable.Repeat("Why?? ", 100));

        Assert.Equal(string.Join(' ', Enumerable.Repeat("why", 100)), QuestionGrouper.Normalize(question));
    }

    [Fact]
    public void Group_SameQuestionDifferentCaseAndPunctuation_OneGroupWithMostFrequentWording()
    {
        string[] questions = ["Does insurance cover it?", "does insurance cover it", "DOES INSURANCE COVER IT!", "Can I drive home?"];

        var groups = QuestionGrouper.Group(questions);

        Assert.Equal(2, groups.Count);
        Assert.Equal(3, groups[0].Count);
        Assert.Equal("does insurance cover it", QuestionGrouper.Normalize(groups[0].Representative));
        Assert.Equal(new QuestionGroup("Can I drive home?", 1), groups[1]);
    }

    [Fact]
    public void Group_AlikeWordSetsAtThreshold_Grouped()
    {
        // {does, insurance, cover, ketamine} vs {does, insurance, cover, it}: 3 / 5 = 0.6 ≥ 0.5.
        string[] questions = ["Does insurance cover ketamine?", "Does insurance cover it?", "Does insurance cover it?"];

        var groups = QuestionGrouper.Group(questions);

        var group = Assert.Single(groups);
        Assert.Equal(3, group.Count);
        Assert.Equal("Does insurance cover it?", group.Representative);
    }

    [Fact]
    public void Group_BelowThreshold_KeptApart()
    {
        // {is, ketamine, addictive} vs {is, ketamine, legal, here}: 2 / 5 = 0.4 < 0.5.
        string[] questions = ["Is ketamine addictive?", "Is ketamine legal here?"];

        var groups = QuestionGrouper.Group(questions);

        Assert.Equal(2, groups.Count);
        Assert.All(groups, g => Assert.Equal(1, g.Count));
    }

    [Fact]
    public void Group_LargestFirstThenFirstAsked_IgnoresEmptyQuestions()
    {
        string[] questions = ["parking?", "?!", "price of a session", "Parking", "", "price of one session"];

        var groups = QuestionGrouper.Group(questions);

        Assert.Equal([("parking?", 2), ("price of a session", 2)], groups.Select(g => (g.Representative, g.Count)));
    }
}
