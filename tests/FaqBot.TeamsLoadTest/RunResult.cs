namespace FaqBot.TeamsLoadTest;

// One generator run against one endpoint, with what the mock Connector saw (null for the bare endpoint).
internal sealed record RunResult(string Endpoint, GeneratorResult Load, double? AnswersPerSecond, ReplyTally? Replies, string LoadAverage, CpuUse Cpu);
