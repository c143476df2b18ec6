using FaqBot.Embeddings;

namespace FaqBot.Tests.Core.Answering.Triage;

// The measured test-half figures (docs/benchmarks.md, Triage, round 6: the joint view; some floors went down, it says which): bank, encoder, kind or category, right, total.
// Category floors are one file per bank (TriageBankQualityTests.Floors.BankN.cs).
public sealed partial class TriageBankQualityTests
{
    public static TheoryData<string, EmbeddingModel, string, int, int> KindFloors() => new()
    {
        { "triage-bank", EmbeddingModel.ArcticXs, "advice", 55, 67 },
        { "triage-bank", EmbeddingModel.ArcticXs, "crisis", 152, 157 },
        { "triage-bank", EmbeddingModel.ArcticXs, "emergency", 24, 24 },
        { "triage-bank", EmbeddingModel.ArcticXs, "noncrisis", 71, 95 },
        { "triage-bank", EmbeddingModel.ArcticXs, "question", 32, 33 },
        { "triage-bank", EmbeddingModel.MiniLM, "advice", 56, 67 },
        { "triage-bank", EmbeddingModel.MiniLM, "crisis", 153, 157 },
        { "triage-bank", EmbeddingModel.MiniLM, "emergency", 23, 24 },
        { "triage-bank", EmbeddingModel.MiniLM, "noncrisis", 71, 95 },
        { "triage-bank", EmbeddingModel.MiniLM, "question", 31, 33 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "advice", 81, 97 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "crisis", 294, 302 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "emergency", 56, 56 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "noncrisis", 54, 84 },
        { "triage-bank-2", EmbeddingModel.ArcticXs, "question", 43, 49 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "advice", 84, 97 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "crisis", 298, 302 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "emergency", 56, 56 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "noncrisis", 48, 84 },
        { "triage-bank-2", EmbeddingModel.MiniLM, "question", 45, 49 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "advice", 55, 74 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "crisis", 243, 249 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "emergency", 39, 39 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "noncrisis", 66, 91 },
        { "triage-bank-3", EmbeddingModel.ArcticXs, "question", 31, 40 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "advice", 59, 74 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "crisis", 243, 249 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "emergency", 39, 39 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "noncrisis", 67, 91 },
        { "triage-bank-3", EmbeddingModel.MiniLM, "question", 33, 40 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "advice", 64, 75 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "crisis", 258, 263 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "emergency", 38, 38 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "noncrisis", 69, 99 },
        { "triage-bank-4", EmbeddingModel.ArcticXs, "question", 36, 40 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "advice", 64, 75 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "crisis", 260, 263 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "emergency", 38, 38 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "noncrisis", 65, 99 },
        { "triage-bank-4", EmbeddingModel.MiniLM, "question", 35, 40 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "advice", 51, 63 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "crisis", 226, 232 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "emergency", 39, 39 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "noncrisis", 44, 92 },
        { "triage-bank-5", EmbeddingModel.ArcticXs, "question", 65, 74 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "advice", 53, 63 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "crisis", 228, 232 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "emergency", 39, 39 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "noncrisis", 42, 92 },
        { "triage-bank-5", EmbeddingModel.MiniLM, "question", 61, 74 },
    };

    public static TheoryData<string, EmbeddingModel, string, int, int> CategoryFloors()
    {
        var floors = new TheoryData<string, EmbeddingModel, string, int, int>();
        foreach (var row in (object[][])[.. Bank1CategoryFloors(), .. Bank2CategoryFloors(), .. Bank3CategoryFloors(), .. Bank4CategoryFloors(), .. Bank5CategoryFloors()])
        {
            floors.Add((string)row[0], (EmbeddingModel)row[1], (string)row[2], (int)row[3], (int)row[4]);
        }

        return floors;
    }
}
