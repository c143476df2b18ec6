namespace FaqBot.TeamsLoadTest;

// CPU over the measured window, in cores (1.0 = one core busy), and the server's CPU per accepted activity.
internal readonly record struct CpuUse(double ServerCores, double GeneratorCores, double ChannelCores, double ServerMicrosecondsPerActivity);
