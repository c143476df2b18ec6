using System.Diagnostics;

namespace FaqBot.TeamsLoadTest;

// CPU time used so far by the server, the generator and this process (channel service + mock Connector): with
// 2 shared cores, "how much CPU did each activity cost the server" is steadier than the rate itself.
internal readonly record struct CpuTimes(TimeSpan Server, TimeSpan Generator, TimeSpan Channel)
{
    public static CpuTimes Read(Process server, Process generator)
    {
        server.Refresh();
        generator.Refresh();
        using var self = Process.GetCurrentProcess();
        return new CpuTimes(server.TotalProcessorTime, generator.TotalProcessorTime, self.TotalProcessorTime);
    }

    public CpuUse Minus(CpuTimes start, TimeSpan elapsed, long activities)
    {
        var seconds = elapsed.TotalSeconds;
        if (seconds <= 0)
        {
            return new CpuUse(double.NaN, double.NaN, double.NaN, double.NaN);
        }

        var server = (Server - start.Server).TotalSeconds;
        return new CpuUse(
            server / seconds, (Generator - start.Generator).TotalSeconds / seconds, (Channel - start.Channel).TotalSeconds / seconds,
            activities > 0 ? server * 1e6 / activities : double.NaN);
    }
}
