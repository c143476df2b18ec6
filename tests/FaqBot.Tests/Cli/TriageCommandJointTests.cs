namespace FaqBot.Tests.Cli;

// `faqbot triage` explains a learned decision with each view's score, the joint score, and the band on the joint score.
public sealed class TriageCommandJointTests
{
    [Fact]
    public void Triage_LearnedDecision_PrintsEachClassJointScoreAndTheJointBand()
    {
        var (code, output, _) = CliRunner.Run("triage", "how long does a ketamine session take");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        foreach (var label in (string[])["crisis", "emergency", "advice"])
        {
            Assert.Matches($@"^{label} +embedding=0\.\d{{3}}/(off|0\.\d{{3}}) lexical=0\.\d{{3}}/(off|0\.\d{{3}}) joint=0\.\d{{3}}/0\.\d{{3}}$", lines.Single(l => l.StartsWith(label + " ", StringComparison.Ordinal) && l.Contains("embedding=0", StringComparison.Ordinal)));
        }

        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^crisis watch band from embedding=off lexical=off joint=0\.\d{3}$"));
    }
}
