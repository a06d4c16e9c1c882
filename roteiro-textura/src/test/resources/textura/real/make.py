#!/usr/bin/python3
"""Writes the real-writer test files of roteiro-textura (run from this folder; the outputs are
checked in). Writers: openpyxl 3.0.9, XlsxWriter 3.0.2, pandas 1.5.3 (Debian bookworm packages
python3-openpyxl, python3-xlsxwriter, python3-pandas) and Gnumeric's ssconvert 1.12.55 (package
gnumeric), which re-saves the openpyxl workbook and exports the XlsxWriter one as CSV:

    apt-get install -y --no-install-recommends python3-openpyxl python3-xlsxwriter python3-pandas gnumeric
    /usr/bin/python3 make.py
"""
import datetime
import subprocess

import openpyxl
import pandas
import xlsxwriter

HEADER = ["Emitente", "Romaneio", "Série", "Data", "Cliente", "Nome cliente", "Peso bruto",
          "Código", "Descrição", "Quantidade", "Unidade", "Peso"]
NBSP = "\u00a0"


def openpyxl_romaneios():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Planilha1"
    ws.append(HEADER)
    # 8101: header columns merged down over its two item rows; CNPJ stored as a number with format
    # 00000000000000 (leading zero); a date with a time of day; no-break spaces in the name
    ws.append([11222333000181, 8101, 1, datetime.datetime(2026, 11, 27, 14, 30), 1234567000195,
               "Construtora" + NBSP + "Alfa" + NBSP, 230, "PISO-60", "Porcelanato 60x60", 10, "M2", 210])
    ws.append([None, None, None, None, None, None, None, "ARG-AC3", "Argamassa", 1, "SC", 20])
    ws["D2"].number_format = "yyyy-mm-dd hh:mm:ss"
    ws["E2"].number_format = "00000000000000"
    for col in "ABCDEFG":
        ws.merge_cells(f"{col}2:{col}3")
    # 8102: the same CNPJ as a plain number: the leading zero is gone (13 digits) -> a task
    ws.append([11222333000181, 8102, 1, datetime.datetime(2026, 11, 27), 1234567000195, "Construtora Alfa", 10,
               "PISO-60", "Porcelanato", 1, "M2", 10])
    ws["D4"].number_format = "dd/mm/yyyy"
    # 8103: a product code Excel turned into a date (typed 1/2) -> a task
    ws.append([11222333000181, 8103, 1, datetime.datetime(2026, 11, 27), "98765432000198", "Loja Beta", 5,
               datetime.datetime(2026, 1, 2), "Rejunte", 1, "KG", 5])
    ws["D5"].number_format = "dd/mm/yyyy"
    ws["H5"].number_format = "d/m"
    wb.save("romaneio-openpyxl.xlsx")


def xlsxwriter_romaneios():
    wb = xlsxwriter.Workbook("romaneio-xlsxwriter.xlsx", {"date_1904": True})
    ws = wb.add_worksheet("Romaneios")
    day = wb.add_format({"num_format": "dd/mm/yyyy"})
    day_time = wb.add_format({"num_format": "dd/mm/yyyy hh:mm"})
    ws.write_row(0, 0, HEADER)
    # 8201: 1904 date system; merged header cells; _x000D_ in the name; a formula whose cached
    # value is 1060.3999999999999 (Excel shows 1060.4)
    ws.merge_range("A2:A3", "11.222.333/0001-81")
    ws.merge_range("B2:B3", 8201)
    ws.merge_range("C2:C3", 1)
    ws.merge_range("D2:D3", datetime.date(2026, 11, 27), day)
    ws.merge_range("E2:E3", "98.765.432/0001-98" + NBSP)
    ws.merge_range("F2:F3", "Construtora Beta\r")
    ws.merge_range("G2:G3", "")
    ws.write_formula("G2", "=1060.1+0.3", None, 1060.3999999999999)
    ws.write_row(1, 7, ["PISO-60", "Porcelanato", 10, "M2", 1000.1])
    ws.write_row(2, 7, ["ARG-AC3", "Argamassa", 3, "SC", 60.3])
    # 8202: a date with a time of day; the CNPJ as a plain number (14 digits, valid)
    ws.write_row(3, 0, ["11222333000181", 8202, 1])
    ws.write_datetime(3, 3, datetime.datetime(2026, 11, 27, 0, 0), day_time)
    ws.write_number(3, 4, 98765432000198)
    ws.write_row(3, 5, ["Loja Beta", 12.5, "REJ-01", "Rejunte", 5, "KG", 12.5])
    wb.close()


def pandas_romaneios():
    frame = pandas.DataFrame({
        "Emitente": ["11222333000181", "11222333000181", "11222333000181"],
        "Romaneio": [8301, 8302, 8303],
        "Data": pandas.to_datetime(["2026-11-27 14:30:00", "2026-11-27 08:00:00", "2026-11-27 09:15:00"]),
        # a float column (one value missing): pandas writes 11444777000161.0
        "Cliente": [11444777000161, None, 1234567000195],
        "Nome cliente": ["Loja" + NBSP + "Gama", "Sem cliente", "Construtora Alfa"],
        "Código": ["PISO-60", "PISO-60", "PISO-60"],
        "Quantidade": [4, 2, 1],
        "Peso": [84.0, 42.0, 21.0],
        "Peso bruto": [84.0, 42.0, 21.0],
    })
    frame.to_csv("romaneio-pandas.csv", sep=";", index=False)


def openpyxl_architects():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Nome", "CAU", "E-mail", "Telefone", "Escritório"])
    ws.append(["Ana" + NBSP + "Lúcia Gonçalves", "A123456-7", "ana@estudio.arq.br" + NBSP, 11987654321,
               "Estúdio" + NBSP + "Gonçalves"])
    ws.append(["Bruno Reis", "A345678-9", "bruno@reis.arq.br", 5521998765432, "Reis Arquitetos"])
    wb.save("arquitetos-openpyxl.xlsx")


openpyxl_romaneios()
xlsxwriter_romaneios()
pandas_romaneios()
openpyxl_architects()
subprocess.run(["ssconvert", "romaneio-openpyxl.xlsx", "romaneio-gnumeric.xlsx"], check=True)
subprocess.run(["ssconvert", "romaneio-xlsxwriter.xlsx", "romaneio-gnumeric.csv"], check=True)
