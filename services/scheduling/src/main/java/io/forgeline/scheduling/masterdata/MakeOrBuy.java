package io.forgeline.scheduling.masterdata;

public enum MakeOrBuy {
    MAKE, BUY
}
