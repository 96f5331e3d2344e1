$pdf_mode = 1;
