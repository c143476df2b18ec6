using System.Diagnostics;
using System.Globalization;
using FaqBot.Core.Answering.Triage;
using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Cli.Commands;

/// <summary>
/// <c>faqbot triage-bench --bank FILE [--repeat N]</c>: times triage alone, in-process on one thread, after the regexes
/// are prepared as a server prepares them: every bank message N times (p50, p99), and a 20,000-character message with
/// and without a crisis sentence at its end; then the managed memory after the warm-up and after the messages. The
/// sentence embedding is not included (retrieval computes it once per turn and passes it in; the embedding layer
/// itself is a 384-term dot product per class).
/// </summary>
internal static class TriageBenchCommand
{
    public static int Run(CliArguments args, TextWriter output)
    {
        args.AllowOnly("--bank", "--repeat");
        var path = args.Get("--bank") ?? throw new CliException("triage-bench needs --bank FILE", 2);
        var repeat = args.GetInt("--repeat", 20);
        var messages = File.Exists(path) ? TriageBank.Read(path).Select(e => e.Text).ToList() : throw new CliException($"triage bank not found: {path}", 2);
        var triage = TriageSetup.Create(args);
        var prepare = Stopwatch.StartNew();
        MessageTriage.Prepare();
        output.WriteLine($"prepare_ms={prepare.ElapsedMilliseconds} (once per process, in a server's warm-up)");
        var heapPrepared = ManagedMegabytes();

        var typical = new List<double>(messages.Count * repeat);
        for (var r = 0; r < repeat; r++)
        {
            foreach (var message in messages)
            {
                var start = Stopwatch.GetTimestamp();
                triage.Classify(message, embedding: Zero(triage));
                typical.Add(Stopwatch.GetElapsedTime(start).TotalMicroseconds);
            }
        }

        typical.Sort();

        // Every bank message is new to triage on the first pass: what its matchers keep of what they read shows here.
        var heapAfter = ManagedMegabytes();
        var story = string.Concat(Enumerable.Repeat("We drove to the clinic and the session went fine, the nurse was kind and the room was quiet. ", 230));
        var plain = Time(triage, story[..20_000], 20);
        var crisis = Time(triage, story[..19_950] + " i have been saving my pills.", 20);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"typical_p50_us={typical[typical.Count / 2]:F0} typical_p99_us={typical[(int)(typical.Count * 0.99)]:F0} messages={messages.Count} long20k_plain_ms={plain:F1} long20k_crisis_at_end_ms={crisis:F1}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"managed_mb_prepared={heapPrepared:F1} managed_mb_after_messages={heapAfter:F1} (after full collections; the growth is what triage keeps of the messages)"));
        return 0;
    }

    private static double ManagedMegabytes() => GC.GetTotalMemory(forceFullCollection: true) / 1048576.0;

    // Stands in for the shared question vector so the embedding layer's cost is included (a dot product per class).
    private static float[]? Zero(MessageTriage triage) =>
        triage.Model is { File.Dimensions: > 0 } model ? new float[model.File.Dimensions] : null;

    private static double Time(MessageTriage triage, string message, int runs)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            triage.Classify(message, embedding: Zero(triage));
            times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }

        times.Sort();
        return times[runs / 2];
    }
}
