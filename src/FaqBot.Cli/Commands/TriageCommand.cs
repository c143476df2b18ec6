using System.Globalization;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Cli.Commands;

/// <summary><c>faqbot triage "MESSAGE"</c>: the triage decision and what fired (rule, or scores against thresholds).</summary>
internal static class TriageCommand
{
    public static int Run(CliArguments args, TextWriter output)
    {
        args.AllowOnly();
        if (args.Positional.Count == 0)
        {
            throw new CliException("triage needs a message", 2);
        }

        var triage = TriageSetup.Create(args);
        var result = triage.Classify(string.Join(' ', args.Positional));
        output.WriteLine($"kind={result.Kind} rule={result.Rule}" + (result.CrisisWatch ? " crisis-watch" : "")
            + (result.ShowsCrisisResources ? $" audience={result.Audience} language={result.Language}" : ""));
        if (result.Scores is { } scores)
        {
            foreach (var label in (TriageLabel[])[TriageLabel.Crisis, TriageLabel.Emergency, TriageLabel.Advice])
            {
                var embedding = scores.Embedding is { } e ? $"embedding={F(e[label])}/{F(scores.EmbeddingThresholds[label])}" : "embedding=n/a";
                var joint = scores.Joint is { } j ? $" joint={F(j[label])}/{F(scores.JointThresholds[label])}" : "";
                output.WriteLine($"  {label.ToString().ToLowerInvariant(),-9} {embedding} lexical={F(scores.Lexical[label])}/{F(scores.LexicalThresholds[label])}{joint}");
            }

            if (scores.CrisisWatch is { } band)
            {
                output.WriteLine($"  crisis watch band from {Band(band)}");
            }
        }
        else
        {
            output.WriteLine("  (decided by rule; the learned layer did not run)");
        }

        return 0;
    }

    // The band's thresholds, the joint one only when the weights have a joint view.
    internal static string Band(WatchThresholds band) =>
        $"embedding={F(band.Embedding)} lexical={F(band.Lexical)}" + (band.Joint < ThresholdSearch.Off ? $" joint={F(band.Joint)}" : "");

    internal static string F(double value) => value >= ThresholdSearch.Off ? "off" : value.ToString("F3", CultureInfo.InvariantCulture);
}
