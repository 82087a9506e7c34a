# Independent reference for StandardHrvTest and HrvCommandTest: standard HRV of a WFDB beat-annotation file
# with its own MIT-format parser, numpy and scipy. Usage: python3 reference_hrv.py FILE.ecg 128 (or 03665.qrs 250).
import sys, numpy as np, scipy.signal as ss
path, fs = sys.argv[1], float(sys.argv[2])
w = np.fromfile(path, dtype='<u2')
BEATS = {1,2,3,25,8,4,7,9,5,41,6,34,11,35,10,12,38,13,30}
t = 0; samples = []; codes = []; i = 0
while i < len(w):
    a, v = int(w[i]) >> 10, int(w[i]) & 0x3ff; i += 1
    if a == 0 and v == 0: break
    if a == 59:
        t += (int(w[i]) << 16) | int(w[i+1]); i += 2
    elif a == 63:
        i += (v + 1) // 2
    elif a in (60, 61, 62):
        pass
    else:
        t += v; samples.append(t); codes.append(a)
samples = np.array(samples); codes = np.array(codes)
keep = np.isin(codes, list(BEATS)); samples, codes = samples[keep], codes[keep]
times = samples / fs
rr = np.diff(samples) * 1000.0 / fs
nn = (codes[:-1] == 1) & (codes[1:] == 1) & (rr <= 4000)
x = rr[nn]
pair = nn[:-1] & nn[1:]
d = (rr[1:] - rr[:-1])[pair]; s = (rr[1:] + rr[:-1])[pair]
print("beats", len(samples), "nn", len(x), "diffs", len(d))
print("meanNN %.10g" % x.mean())
print("SDNN %.10g" % x.std(ddof=1))
print("RMSSD %.10g" % np.sqrt(np.mean(d**2)))
print("pNN50 %.10g" % (100.0 * np.mean(np.abs(d) > 50)))
print("meanHR %.10g" % np.mean(60000.0 / x))
print("SD1 %.10g" % np.std(d / np.sqrt(2), ddof=1))
print("SD2 %.10g" % np.std(s / np.sqrt(2), ddof=1))
# resampling at 4 Hz, linear, each stretch between gaps > 4 s on its own
pt = times[1:][nn]; pv = x
F = 4.0; origin = times[0]
k0 = int(np.ceil((pt[0] - origin) * F - 1e-9)); k1 = int(np.floor((pt[-1] - origin) * F + 1e-9))
grid = origin + np.arange(k0, k1 + 1) / F
breaks = np.where(np.diff(pt) > 4.0)[0]
starts = np.r_[0, breaks + 1]; ends = np.r_[breaks + 1, len(pt)]
runs = []
for a, b in zip(starts, ends):
    if b - a < 2: continue
    sel = (grid >= pt[a] - 1e-9) & (grid <= pt[b-1] + 1e-9)
    runs.append(np.interp(grid[sel], pt[a:b], pv[a:b]))
print("runs", [len(r) for r in runs], "samples", len(grid))
tot = None; nseg = 0
for r in runs:
    if len(r) < 1024: continue
    f, P = ss.welch(r, fs=F, window='hann', nperseg=1024, noverlap=512, nfft=1024, detrend='constant', scaling='density')
    k = (len(r) - 512) // 512
    tot = P * k if tot is None else tot + P * k; nseg += k
P = tot / nseg; df = f[1] - f[0]
def band(lo, hi): return P[(f >= lo) & (f < hi)].sum() * df
vlf, lf, hf = band(0, 0.04), band(0.04, 0.15), band(0.15, 0.4)
print("welch segments", nseg)
print("welch VLF %.10g LF %.10g HF %.10g" % (vlf, lf, hf))
print("welch total %.10g nLF %.10g nHF %.10g LFHF %.10g relVLF %.10g relLF %.10g relHF %.10g" % (vlf+lf+hf, lf/(lf+hf), hf/(lf+hf), lf/hf, vlf/(vlf+lf+hf), lf/(vlf+lf+hf), hf/(vlf+lf+hf)))
# Burg (segmented): vectorised per order over the stretches
def burg(segs, p):
    segs = [np.asarray(s, float) for s in segs if len(s) > p]
    allx = np.concatenate(segs); mu = allx.mean(); segs = [s - mu for s in segs]
    E = np.sum(np.concatenate(segs)**2) / sum(len(s) for s in segs)
    fs_ = [s.copy() for s in segs]; bs_ = [s.copy() for s in segs]; a = np.zeros(0)
    for m in range(1, p + 1):
        num = sum(np.dot(fv[m:], bv[m-1:-1]) for fv, bv in zip(fs_, bs_))
        den = sum(np.dot(fv[m:], fv[m:]) + np.dot(bv[m-1:-1], bv[m-1:-1]) for fv, bv in zip(fs_, bs_))
        k = -2 * num / den
        for j in range(len(fs_)):
            fv, bv = fs_[j], bs_[j]
            nf = fv.copy(); nb = bv.copy()
            nf[m:] = fv[m:] + k * bv[m-1:-1]; nb[m:] = bv[m-1:-1] + k * fv[m:]
            fs_[j], bs_[j] = nf, nb
        a = np.r_[a + k * a[::-1], k]; E *= 1 - k * k
    return a, E
a, E = burg(runs, 16)
# one-sided AR spectrum integrated by the midpoint rule on 0.0005 Hz cells
def arband(lo, hi):
    n = int(np.ceil((hi - lo) / 0.0005 - 1e-9)); fc = lo + (np.arange(n) + 0.5) * (hi - lo) / n
    z = np.exp(-2j * np.pi * np.outer(fc, np.arange(1, len(a) + 1)) / F)
    S = 2 * E / F / np.abs(1 + z @ a) ** 2
    return S.sum() * (hi - lo) / n
avlf, alf, ahf = arband(0, 0.04), arband(0.04, 0.15), arband(0.15, 0.4)
print("burg E %.10g a1 %.10g a16 %.10g" % (E, a[0], a[-1]))
print("ar VLF %.10g LF %.10g HF %.10g nHF %.10g LFHF %.10g" % (avlf, alf, ahf, ahf/(alf+ahf), alf/ahf))
