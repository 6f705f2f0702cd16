import { describe, expect, it } from 'vitest';
import { parseWrk, runWrk } from './wrk';

const clean = `Running 10s test @ http://127.0.0.1:3000/ar
  2 threads and 100 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   120.31ms   20.11ms 301.00ms   80.00%
    Req/Sec   410.12     40.00   500.00     70.00%
  8213 requests in 10.01s, 480.00MB read
Requests/sec:    820.44
Transfer/sec:     47.95MB
`;

const troubled = `Running 10s test @ http://127.0.0.1:3000/ar
  2 threads and 100 connections
  8000 requests in 10.00s, 400.00MB read
  Socket errors: connect 1, read 5, write 2, timeout 12
  Non-2xx or 3xx responses: 7
Requests/sec:    800.00
Transfer/sec:     40.00MB
`;

describe('parseWrk', () => {
  it('reads a clean run: no error lines means zero', () => {
    expect(parseWrk(clean)).toMatchObject({
      requests: 8213,
      requestsPerSecond: 820.44,
      socketErrors: { connect: 0, read: 0, write: 0, timeout: 0 },
      non2xx3xx: 0,
    });
  });

  it('reads socket errors, timeouts and non-2xx/3xx responses', () => {
    expect(parseWrk(troubled)).toMatchObject({
      requests: 8000,
      socketErrors: { connect: 1, read: 5, write: 2, timeout: 12 },
      non2xx3xx: 7,
    });
  });

  it('refuses output that is not wrk’s', () => {
    expect(() => parseWrk('unable to connect to 127.0.0.1:1 Connection refused')).toThrow(/not wrk output/);
  });

  it('refuses to load anything but loopback', async () => {
    await expect(runWrk('http://example.org/', { seconds: 1, connections: 1 })).rejects.toThrow(/loopback only|not installed/);
  });
});
