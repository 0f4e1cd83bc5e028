package dev.vigil.deploy;

import java.math.BigInteger;
import java.net.InetAddress;

/** Whether an address lies in a CIDR range, for checking NetworkPolicy exceptions. */
final class Cidr {

  private Cidr() {
  }

  static boolean contains(String cidr, String address) {
    String[] parts = cidr.split("/");
    byte[] network = bytes(parts[0]);
    byte[] candidate = bytes(address);
    if (network.length != candidate.length) {
      return false;
    }
    int prefix = Integer.parseInt(parts[1]);
    int bits = network.length * Byte.SIZE;
    BigInteger mask = BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
        .shiftRight(prefix).xor(BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE));
    return new BigInteger(1, network).and(mask).equals(new BigInteger(1, candidate).and(mask));
  }

  private static byte[] bytes(String literal) {
    try {
      return InetAddress.ofLiteral(literal).getAddress();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Not an address literal: " + literal, e);
    }
  }
}
