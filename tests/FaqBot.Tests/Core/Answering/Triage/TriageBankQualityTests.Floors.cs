using FaqBot.Embeddings;

namespace FaqBot.Tests.Core.Answering.Triage;

// The measured test-half figures (docs/benchmarks.md, Triage, round 4 with the crisis watch band): bank, encoder, kind or category, right, total.
// Category floors are one file per bank (TriageBankQualityTests.Floors.BankN.cs).
public sealed partial class TriageBankQualityTests
{
    public static TheoryData<string, EmbeddingModel, string, int, int> KindFloors() => new()
    {
        { "triage-bank", EmbeddingModel.ArcticXs, "advice", 55, 67 },
        { "triage-bank", EmbeddingModel.ArcticXs, "crisis", 147, 157 },
        { "triage-bank", EmbeddingModel.ArcticXs, "emergency", 24, 24 },
        { "triage-bank", EmbeddingModel.ArcticXs, "noncrisis", 78, 95 },
        { "triage-bank", EmbeddingModel.ArcticXs, "question", 32, 33 },
        { "triage-bank", EmbeddingModel.MiniLM, "advice", 57, 67 },
        { "triage-bank", EmbeddingModel.MiniLM, "crisis", 153, 157 },
        { "triage-bank", EmbeddingModel.MiniLM, "emergency", 22, 24 },
        { "triage-bank", EmbeddingModel.MiniLM, "noncrisis", 70, 95 },
        { "triage-bank", EmbeddingModel.MiniLM, "question", 32, 33 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "advice", 78, 97 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "crisis", 292, 302 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "emergency", 54, 56 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "noncrisis", 53, 84 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "question", 44, 49 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "advice", 81, 97 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "crisis", 291, 302 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "emergency", 55, 56 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "noncrisis", 50, 84 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "question", 42, 49 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "advice", 54, 74 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "crisis", 241, 249 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "emergency", 39, 39 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "noncrisis", 58, 91 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "question", 28, 40 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "advice", 57, 74 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "crisis", 238, 249 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "emergency", 39, 39 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "noncrisis", 66, 91 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "question", 30, 40 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "advice", 63, 75 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "crisis", 255, 263 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "emergency", 38, 38 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "noncrisis", 63, 99 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "question", 34, 40 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "advice", 64, 75 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "crisis", 255, 263 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "emergency", 38, 38 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "noncrisis", 66, 99 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "question", 34, 40 },
    };

    public static TheoryData<string, EmbeddingModel, string, int, int> CategoryFloors()
    {
        var floors = new TheoryData<string, EmbeddingModel, string, int, int>();
        foreach (var row in (object[][])[.. Bank1CategoryFloors(), .. Bank2CategoryFloors(), .. Bank3CategoryFloors(), .. Bank4CategoryFloors()])
        {
            floors.Add((string)row[0], (EmbeddingModel)row[1], (string)row[2], (int)row[3], (int)row[4]);
        }

        return floors;
    }
}
