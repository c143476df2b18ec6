using System.Text;
using System.Text.Json.Nodes;
using FaqBot.Core.Answering.Triage.Learning;

namespace FaqBot.Tests.Core.Answering.Triage;

public sealed class TriageModelFileFormatTests
{
    private static readonly TriageModelFile Shipped = TriageModel.Shipped("ArcticXs").File;

    [Fact]
    public void Save_WritesAscendingGaps_AndLoadRestoresTheSameIdsAndScores()
    {
        var written = Write(Shipped);
        var stored = JsonNode.Parse(written)!;

        Assert.Equal(2, (int)stored["version"]!);
        var gaps = stored["lexical"]![0]!["features"]!.AsArray().Select(n => (int)n!).ToList();
        Assert.True(gaps.Skip(1).All(g => g > 0));
        Assert.True(gaps.Sum(g => (long)g) < 1 << 20);

        var reloaded = Load(written);
        Assert.Equal(Shipped.Lexical[0].Features, reloaded.File.Lexical[0].Features);
        Assert.Equal(Shipped.Lexical[2].Weights, reloaded.File.Lexical[2].Weights);
        const string Message = "i have been saving up my pills for when it gets too much";
        Assert.Equal(new TriageModel(Shipped).ScoreLexical(Message), reloaded.ScoreLexical(Message));
    }

    [Fact]
    public void Load_VersionOneFile_ReadsWholeIds()
    {
        var stored = JsonNode.Parse(Write(Shipped))!;
        stored["version"] = 1;
        stored["lexical"]![1]!["features"] = new JsonArray([.. Shipped.Lexical[1].Features.Select(id => (JsonNode)id)]);
        stored["lexical"]![0]!["features"] = new JsonArray([.. Shipped.Lexical[0].Features.Select(id => (JsonNode)id)]);
        stored["lexical"]![2]!["features"] = new JsonArray([.. Shipped.Lexical[2].Features.Select(id => (JsonNode)id)]);

        var model = Load(stored.ToJsonString());

        Assert.Equal(Shipped.Lexical[1].Features, model.File.Lexical[1].Features);
    }

    [Theory]
    [InlineData(3, "version 3")]
    [InlineData(0, "version 0")]
    public void Load_UnknownVersion_IsRefusedWithTheReason(int version, string reason)
    {
        var stored = JsonNode.Parse(Write(Shipped))!;
        stored["version"] = version;

        var error = Assert.Throws<InvalidDataException>(() => Load(stored.ToJsonString()));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NegativeGap_IsRefusedNamingTheClassifier()
    {
        var stored = JsonNode.Parse(Write(Shipped))!;
        stored["lexical"]![1]!["features"]![3] = -5;

        var error = Assert.Throws<InvalidDataException>(() => Load(stored.ToJsonString()));

        Assert.Contains("Emergency lexical features", error.Message, StringComparison.Ordinal);
    }

    private static string Write(TriageModelFile file)
    {
        using var stream = new MemoryStream();
        TriageModel.Save(file, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static TriageModel Load(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return TriageModel.Load(stream);
    }
}

public sealed class TriageModelFileFormatWriterTests
{
    [Fact]
    public void Save_RepeatedFeatureId_IsRefusedNamingTheClassifier()
    {
        var shipped = TriageModel.Shipped("MiniLM").File;
        var advice = shipped.Lexical[2];
        var repeated = advice with { Features = [advice.Features[0], .. advice.Features[..^1]] };
        var file = shipped with { Lexical = [shipped.Lexical[0], shipped.Lexical[1], repeated] };

        var error = Assert.Throws<ArgumentException>(() => TriageModel.Save(file, new MemoryStream()));

        Assert.Contains("Advice lexical classifier", error.Message, StringComparison.Ordinal);
    }
}
