#!/usr/bin/env python3
"""Writes vectors.h for test_onscrypto.c.

Expected values come from a deliberately simple, independent model written
here with Python integers (affine Edwards formulas with explicit inversions,
a textbook Keccak), plus the project's shared vectors (../shared/vectors) and
the check_signature lines of ons-spec.md section 6.5, copied verbatim.
Not needed to build or test: run it only to change the vectors.
    python3 native/test/gen_vectors.py [SHARED_DIR] > native/test/vectors.h
"""
import json
import os
import random
import re
import sys

# ---------------------------------------------------------------- Keccak-256
RC = [0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000,
      0x000000000000808B, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
      0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
      0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003,
      0x8000000000008002, 0x8000000000000080, 0x000000000000800A, 0x800000008000000A,
      0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008]
ROT = [[0, 36, 3, 41, 18], [1, 44, 10, 45, 2], [62, 6, 43, 15, 61], [28, 55, 25, 21, 56],
       [27, 20, 39, 8, 14]]  # ROT[x][y]
M64 = (1 << 64) - 1


def rol(v, n):
    return ((v << n) | (v >> (64 - n))) & M64 if n else v


def keccak_f(a):
    for rc in RC:
        c = [a[x][0] ^ a[x][1] ^ a[x][2] ^ a[x][3] ^ a[x][4] for x in range(5)]
        dd = [c[(x - 1) % 5] ^ rol(c[(x + 1) % 5], 1) for x in range(5)]
        a = [[a[x][y] ^ dd[x] for y in range(5)] for x in range(5)]
        b = [[0] * 5 for _ in range(5)]
        for x in range(5):
            for y in range(5):
                b[y][(2 * x + 3 * y) % 5] = rol(a[x][y], ROT[x][y])
        a = [[b[x][y] ^ ((~b[(x + 1) % 5][y]) & b[(x + 2) % 5][y]) for y in range(5)] for x in range(5)]
        a[0][0] ^= rc
    return a


def keccak256(msg):
    rate = 136
    m = bytearray(msg) + b'\x01'
    while len(m) % rate:
        m.append(0)
    m[-1] |= 0x80
    a = [[0] * 5 for _ in range(5)]
    for off in range(0, len(m), rate):
        for i in range(rate // 8):
            a[i % 5][i // 5] ^= int.from_bytes(m[off + 8 * i:off + 8 * i + 8], 'little')
        a = keccak_f(a)
    return b''.join(a[i % 5][i // 5].to_bytes(8, 'little') for i in range(4))


# ------------------------------------------------------------------- ed25519
P = 2 ** 255 - 19
L = 2 ** 252 + 27742317777372353535851937790883648493
D = -121665 * pow(121666, P - 2, P) % P
SQRTM1 = pow(2, (P - 1) // 4, P)
IDENT = (0, 1)


def inv(x):
    return pow(x, P - 2, P)


def decode(b):
    """oxen-core ge_frombytes_vartime rules; None when rejected."""
    y = int.from_bytes(b, 'little')
    sign, y = y >> 255, y & ((1 << 255) - 1)
    if y >= P:
        return None
    x2 = (y * y - 1) * inv(D * y * y + 1) % P
    x = pow(x2, (P + 3) // 8, P)
    if (x * x - x2) % P:
        x = x * SQRTM1 % P
    if (x * x - x2) % P:
        return None
    if x == 0 and sign:
        return None
    if x & 1 != sign:
        x = P - x
    return (x, y)


def encode(pt):
    x, y = pt
    return (y | ((x & 1) << 255)).to_bytes(32, 'little')


def add(p1, p2):
    (x1, y1), (x2, y2) = p1, p2
    t = D * x1 * x2 * y1 * y2 % P
    return ((x1 * y2 + y1 * x2) * inv(1 + t) % P, (y1 * y2 + x1 * x2) * inv(1 - t) % P)


def mul(k, pt):
    acc = IDENT
    while k:
        if k & 1:
            acc = add(acc, pt)
        pt = add(pt, pt)
        k >>= 1
    return acc


G = decode((4 * inv(5) % P).to_bytes(32, 'little'))


def le(n, size=32):
    return n.to_bytes(size, 'little')


def Hs(m):
    return int.from_bytes(keccak256(m), 'little') % L


def check_signature(h, pub, sig):
    pt = decode(pub)
    if pt is None:
        return False
    c, r = int.from_bytes(sig[:32], 'little'), int.from_bytes(sig[32:], 'little')
    if c >= L or r >= L or c == 0:
        return False
    rr = encode(add(mul(c, pt), mul(r, G)))
    if rr == encode(IDENT):
        return False
    return Hs(h + pub + rr) == c


def sign(h, sec, k):
    x, kk = int.from_bytes(sec, 'little'), int.from_bytes(k, 'little')
    pub = encode(mul(x, G))
    c = Hs(h + pub + encode(mul(kk, G)))
    return pub, le(c) + le((kk - c * x) % L)


def order(pt):
    for n in (1, 2, 4, 8):
        if mul(n, pt) == IDENT:
            return n
    return None


# ------------------------------------------------------------------ emitters
def cstr(b):
    return '"' + b.hex() + '"'


def emit(name, ctype, rows):
    print('static const %s %s[] = {' % (ctype, name))
    for r in rows:
        print('    {' + ', '.join(r) + '},')
    print('};\n')


def comment(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    shared = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', '..', '..', 'shared')
    rnd = random.Random(20240517)

    def rbytes(n):
        return bytes(rnd.getrandbits(8) for _ in range(n))

    print('/* Generated by gen_vectors.py. Do not edit. Hex strings; see test_onscrypto.c. */\n')

    # Keccak: the shared vectors plus inputs around and across the 136-byte rate
    prims = json.load(open(os.path.join(shared, 'vectors', 'primitives.json')))['vectors']
    rows = []
    for v in prims:
        if v['op'] == 'keccak256':
            msg = bytes.fromhex(v['msg'])
            assert keccak256(msg).hex() == v['out']
            rows.append([cstr(msg), cstr(bytes.fromhex(v['out']))])
    for n in (1, 136, 200, 408):
        msg = bytes((7 * i + 3) & 0xff for i in range(n))
        rows.append([cstr(msg), cstr(keccak256(msg))])
    emit('keccak_kat', 'struct kat2', rows)

    # Signatures: shared vectors, the spec's check_signature lines and section 6.7
    sch = json.load(open(os.path.join(shared, 'vectors', 'schnorr.json')))['vectors']
    vrows, srows = [], []
    for v in sch:
        h, pub, sig = (bytes.fromhex(v[k]) for k in ('hash', 'pub', 'sig'))
        if v['op'] == 'keccak_schnorr_verify':
            valid = v.get('valid', True)
            assert check_signature(h, pub, sig) == valid
            vrows.append([cstr(h), cstr(pub), cstr(sig), '1' if valid else '0', comment('schnorr.json: ' + v.get('comment', ''))])
        else:
            sec, k = bytes.fromhex(v['sec']), bytes.fromhex(v['k'])
            assert sign(h, sec, k) == (pub, sig)
            srows.append([cstr(h), cstr(sec), cstr(k), cstr(pub), cstr(sig)])
    spec = open(os.path.join(shared, 'ons-spec.md')).read()
    lines = re.findall(r'^([0-9a-f]{64}) ([0-9a-f]{64}) ([0-9a-f]{128}) (true|false)$', spec, re.M)
    assert len(lines) == 17
    for i, (h, pub, sig, exp) in enumerate(lines):
        h, pub, sig = bytes.fromhex(h), bytes.fromhex(pub), bytes.fromhex(sig)
        assert check_signature(h, pub, sig) == (exp == 'true')
        vrows.append([cstr(h), cstr(pub), cstr(sig), '1' if exp == 'true' else '0', comment('ons-spec 6.5 line %d' % (i + 1))])
    hash1 = bytes.fromhex('d2dbfe56c0c18b29aba0549be530194c4c3b0022e8befc70cc70488c5bc6618d')
    for sec, k, pub, sig in (
            ('f3e58330050612662e1d85985a9494d822954fb889e6fe21e38ec5599bbeca09',
             'd3c7b37e6aeee6ce0fb79cb3fb1b438b4e0d90490bf0d78a48d7579eeeb1c508',
             '7877dd9d4527df667a2747184da0e537926270bcfa7c074efdaca2657e0fe37b',
             'a7d3830ffbde871ec027e8d1267e8fd05ce27ec80046e7de38dc05984327a20e'
             '4f4cfdf3edcde80125139ebbb576312b9bf75a7169fecbfab4572824b0dbe201'),
            ('e428fd881f0f0eb492055c922cd3f78ef07d21b86549e20401558b86b7efe70e',
             '10b8aafd394cc951d0cee062395a0a070dd313ea083a89ccb2511d83a8ae680d',
             '9fd6b784562c6f5434636b48dd70c80ebb3d554efd58e2dc9e6ca9e7c089d48f',
             'b27b3c282eeed936db171d329cfd22ee51c2370b7aa23c2d234b0a02cc58830f'
             '0832bfccde53821e2d192c085b131094df0b7a3e6c84d89ccb1bbe1e552ec606')):
        sec, k, pub, sig = (bytes.fromhex(x) for x in (sec, k, pub, sig))
        assert sign(hash1, sec, k) == (pub, sig)
        srows.append([cstr(hash1), cstr(sec), cstr(k), cstr(pub), cstr(sig)])
    emit('verify_kat', 'struct verify_kat', vrows)
    emit('sign_kat', 'struct sign_kat', srows)

    # Points of small order (the 8-torsion) and a mixed-order point
    torsion = {}
    y = 2
    while len(torsion) < 8:
        cand = decode(le(y))
        y += 1
        if cand is None:
            continue
        t = mul(L, cand)  # kills the prime-order part
        for m in range(8):
            torsion.setdefault(encode(mul(m, t)), order(mul(m, t)))
    t8 = next(decode(e) for e, o in torsion.items() if o == 8)
    a_sec = rnd.randrange(1, L)
    mixed = add(mul(a_sec, G), t8)

    # Decoding
    pm = lambda n: le(n)  # noqa: E731
    with_sign = lambda b: b[:31] + bytes([b[31] | 0x80])  # noqa: E731
    drows = []

    def dcase(b, why):
        drows.append([cstr(b), '1' if decode(b) is not None else '0', comment(why)])
    dcase(pm(1), 'y = 1: the identity')
    dcase(with_sign(pm(1)), 'y = 1 with the sign bit: x = 0 cannot be negative')
    dcase(pm(P - 1), 'y = p - 1: the point of order 2')
    dcase(with_sign(pm(P - 1)), 'y = p - 1 with the sign bit: x = 0 cannot be negative')
    dcase(pm(P), 'y = p: not canonical')
    dcase(with_sign(pm(P)), 'y = p with the sign bit')
    dcase(pm(P + 1), 'y = p + 1: a non-canonical identity')
    dcase(pm(2 ** 255 - 1), 'y = 2^255 - 1')
    dcase(pm(0), 'y = 0: a point of order 4')
    dcase(with_sign(pm(0)), 'y = 0 with the sign bit: the other order-4 point')
    for e, o in sorted(torsion.items()):
        if o == 8:  # orders 1, 2 and 4 are listed above
            dcase(e, 'a point of order 8')
    dcase(encode(G), 'the base point')
    dcase(encode(mixed), 'a mixed-order point (A + order-8 point)')
    n = 0
    y = 2
    while n < 4:  # y with no x on the curve
        if decode(le(y)) is None:
            dcase(le(y), 'y = %d: (y^2 - 1)/(d y^2 + 1) is not a square' % y)
            n += 1
        y += 1
    for _ in range(6):
        dcase(rbytes(32), 'random bytes')
    assert sum(r[1] == '1' for r in drows) >= 12 and sum(r[1] == '0' for r in drows) >= 10
    emit('decode_kat', 'struct decode_kat', drows)

    # s * G
    brows = []
    for s in [0, 1, 2, 8, 15, 16, 255, 256, L - 1, L - 2, 2 ** 252, 2 ** 252 - 1] + [rnd.randrange(L) for _ in range(12)]:
        brows.append([cstr(le(s)), '1', cstr(encode(mul(s, G)))])
    for s in (L, L + 1, 2 ** 253, 2 ** 256 - 1):
        brows.append([cstr(le(s)), '0', cstr(bytes(32))])
    emit('base_kat', 'struct base_kat', brows)

    # a * P + b * G with full-width a, b and points of every order
    pts = [G, mul(rnd.randrange(L), G), mixed, t8, decode(le(0)), IDENT, decode(pm(P - 1))]
    scal = [0, 1, L - 1, L, L + 1, 8 * L - 1, 2 ** 255, 2 ** 256 - 1, 2 ** 253 - 1]
    drows2 = []
    for i in range(36):
        pt = pts[i % len(pts)]
        a = scal[i % len(scal)] if i < 18 else rnd.getrandbits(256)
        b = scal[(i * 5 + 3) % len(scal)] if i < 18 else rnd.getrandbits(256)
        if i % 4 == 3:
            b = rnd.randrange(L)
        drows2.append([cstr(le(a)), cstr(encode(pt)), cstr(le(b)), cstr(encode(add(mul(a, pt), mul(b, G))))])
    emit('dsm_kat', 'struct dsm_kat', drows2)

    # P + Q
    arows = []
    extra = [mul(rnd.randrange(L), G) for _ in range(4)]
    allp = pts + extra + [decode(e) for e in list(torsion)[:4]]
    for i in range(len(allp)):
        p1, p2 = allp[i], allp[(3 * i + 1) % len(allp)]
        arows.append([cstr(encode(p1)), cstr(encode(p2)), cstr(encode(add(p1, p2)))])
    arows.append([cstr(encode(mixed)), cstr(encode((P - mixed[0], mixed[1]))), cstr(encode(IDENT))])
    arows.append([cstr(encode(G)), cstr(encode(G)), cstr(encode(add(G, G)))])
    emit('add_kat', 'struct add_kat', arows)

    # scalars
    edge = [0, 1, L - 1, L, L + 1, 2 * L, 2 ** 252, 2 ** 253 - 1, 2 ** 255 + 19, 2 ** 256 - 1]
    srows = []
    for i in range(24):
        a = edge[i % len(edge)] if i < 10 else rnd.getrandbits(256)
        b = edge[(i * 3 + 7) % len(edge)] if i < 10 else rnd.getrandbits(256)
        c = edge[(i * 7 + 2) % len(edge)] if i < 10 else rnd.getrandbits(256)
        wide = rnd.getrandbits(512) if i % 3 else (2 ** 512 - 1 if i == 0 else a * 2 ** 256 + b)
        srows.append([cstr(le(a)), cstr(le(b)), cstr(le(c)), cstr(le(wide, 64)),
                      cstr(le(a % L)), cstr(le(wide % L)), cstr(le((a + b) % L)),
                      cstr(le(a * b % L)), cstr(le((c - a * b) % L))])
    emit('scalar_kat', 'struct scalar_kat', srows)
    crows = [[cstr(le(s)), '1' if s < L else '0'] for s in
             (0, 1, L - 2, L - 1, L, L + 1, 2 ** 253, 2 ** 256 - 1, L + 2 ** 192)]
    emit('canonical_kat', 'struct canonical_kat', crows)


if __name__ == '__main__':
    main()
