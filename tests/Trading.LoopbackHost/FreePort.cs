using System.Net;
using System.Net.Sockets;

namespace Trading.LoopbackHost;

/// <summary>Picks a free TCP port on 127.0.0.1 by binding port 0 and releasing it.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
